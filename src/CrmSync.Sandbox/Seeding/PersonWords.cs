namespace CrmSync.Sandbox.Seeding;

/// <summary>Word lists for seeded people. Plain ASCII so typos and email local parts stay simple.</summary>
internal static class PersonWords
{
    public static readonly string[] FirstNames =
    [
        "Ana", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Irene", "Jonas", "Karin", "Liam", "Maria",
        "Noah", "Olivia", "Pavel", "Quinn", "Rita", "Samuel", "Tara", "Umar", "Vera", "Wade", "Xenia", "Yusuf", "Zoe",
        "Aaron", "Bianca", "Caleb", "Diana", "Ethan", "Fatima", "George", "Hannah", "Isaac", "Julia", "Kevin", "Laura",
        "Marcus", "Nadia", "Oscar", "Priya", "Ravi", "Sofia", "Thomas", "Ursula", "Victor", "Wendy", "Yara", "Adam",
        "Bruno", "Chloe", "Daniel", "Emma", "Felix", "Gabriel", "Helena", "Ivan", "Jasmine", "Kofi", "Lucia", "Mateo",
        "Nina", "Omar", "Paula", "Rafael", "Sara", "Tobias", "Valentina", "William", "Alice", "Brian", "Claire",
        "Dmitri", "Erik", "Frances", "Giulia", "Henry", "Ingrid", "Jacob", "Katherine", "Leon", "Mila", "Nathan",
        "Olga", "Peter", "Rosa", "Stefan", "Theresa", "Vincent", "Amelia", "Charles", "Daria", "Edward", "Fiona",
        "Hiroshi", "Isabel", "James", "Kenji", "Linda", "Michael", "Nora", "Patrick", "Rebecca", "Simon", "Tanya",
        "Alexander", "Beatriz", "Christopher", "Jennifer", "Jonathan", "Margaret", "Robert", "Stephanie", "Anthony",
        "Elizabeth", "Matthew", "Samantha", "Benjamin", "Catherine", "Nicholas", "Victoria", "Andrew", "Jessica",
        "Joshua", "Michelle", "Ryan", "Sandra", "Steven", "Teresa", "Aisha", "Chen", "Mei", "Wei", "Arjun", "Deepa",
    ];

    public static readonly string[] LastNames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker",
        "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson",
        "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Mueller", "Schmidt", "Schneider",
        "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Rossi", "Russo", "Ferrari", "Esposito",
        "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Dubois", "Durand", "Leroy", "Moreau", "Simon",
        "Laurent", "Lefebvre", "Michel", "Bernard", "Petit", "Novak", "Horvat", "Kowalski", "Nowak", "Wisniewski",
        "Kovacs", "Szabo", "Toth", "Nagy", "Popescu", "Ivanov", "Petrov", "Sokolov", "Volkov", "Jensen", "Nielsen",
        "Hansen", "Pedersen", "Andersen", "Larsen", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
        "Olsen", "Berg", "Haugen", "Virtanen", "Korhonen", "Tanaka", "Suzuki", "Takahashi", "Watanabe", "Yamamoto",
        "Kim", "Park", "Choi", "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Patel", "Sharma", "Singh",
        "Kumar", "Gupta", "Khan", "Ali", "Hussain", "Okafor", "Mensah", "Owusu", "Mwangi", "Silva", "Santos",
        "Oliveira", "Souza", "Pereira", "Costa", "Ferreira", "Almeida", "Carvalho", "Gomes", "Murphy", "Kelly",
        "OConnor", "Walsh", "Byrne", "Ryan", "Doyle", "McCarthy", "Fraser", "Reid", "Stewart", "Morrison",
    ];

    public static readonly string[] JobTitles =
    [
        "CEO", "CFO", "CTO", "VP Sales", "VP Marketing", "Head of Operations", "Sales Manager", "Account Executive",
        "Marketing Manager", "Product Manager", "Software Engineer", "Data Analyst", "Procurement Lead",
        "Office Manager", "Customer Success Manager", "IT Director", "HR Manager", "Founder", "Consultant", "Buyer",
    ];

    /// <summary>HubSpot's default lifecycle stage values, weighted towards the early stages.</summary>
    public static readonly string[] LifecycleStages =
    [
        "subscriber", "lead", "lead", "lead", "marketingqualifiedlead", "marketingqualifiedlead",
        "salesqualifiedlead", "opportunity", "customer", "customer", "evangelist", "other",
    ];

    public static readonly string[] FreeMailDomains = ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com"];

    public static readonly string[] AreaCodes =
    [
        "212", "213", "305", "312", "404", "415", "469", "503", "512", "602", "617", "646", "702", "713", "718",
        "720", "206", "303", "347", "408", "510", "614", "615", "704", "786", "801", "818", "857", "917", "929",
    ];
}
