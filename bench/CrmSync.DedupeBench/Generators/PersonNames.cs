namespace CrmSync.DedupeBench.Generators;

/// <summary>
/// Realistic name frequencies: given names follow the steep US census curve (a few names cover a large share of
/// people, the top hundred most of them), surnames a long Zipf tail (a few very common ones, then many thousands
/// of rare ones). The rare surnames are built from syllables so that a million people still have a long tail.
/// </summary>
internal sealed class PersonNames
{
    // By popularity, roughly the 1990 US census order; the weights come from the Zipf law below.
    private static readonly string[] Male =
    [
        "James", "John", "Robert", "Michael", "William", "David", "Richard", "Charles", "Joseph", "Thomas", "Christopher",
        "Daniel", "Paul", "Mark", "Donald", "George", "Kenneth", "Steven", "Edward", "Brian", "Ronald", "Anthony", "Kevin",
        "Jason", "Matthew", "Gary", "Timothy", "Jose", "Larry", "Jeffrey", "Frank", "Scott", "Eric", "Stephen", "Andrew",
        "Raymond", "Gregory", "Joshua", "Jerry", "Dennis", "Walter", "Patrick", "Peter", "Harold", "Douglas", "Henry",
        "Carl", "Arthur", "Ryan", "Roger", "Joe", "Juan", "Jack", "Albert", "Jonathan", "Justin", "Terry", "Gerald",
        "Keith", "Samuel", "Willie", "Ralph", "Lawrence", "Nicholas", "Roy", "Benjamin", "Bruce", "Brandon", "Adam",
        "Harry", "Fred", "Wayne", "Billy", "Steve", "Louis", "Jeremy", "Aaron", "Randy", "Howard", "Eugene", "Carlos",
        "Russell", "Bobby", "Victor", "Martin", "Ernest", "Phillip", "Todd", "Jesse", "Craig", "Alan", "Shawn", "Clarence",
        "Sean", "Philip", "Chris", "Johnny", "Earl", "Jimmy", "Antonio", "Danny", "Bryan", "Tony", "Luis", "Mike",
    ];

    private static readonly string[] Female =
    [
        "Mary", "Patricia", "Linda", "Barbara", "Elizabeth", "Jennifer", "Maria", "Susan", "Margaret", "Dorothy", "Lisa",
        "Nancy", "Karen", "Betty", "Helen", "Sandra", "Donna", "Carol", "Ruth", "Sharon", "Michelle", "Laura", "Sarah",
        "Kimberly", "Deborah", "Jessica", "Shirley", "Cynthia", "Angela", "Melissa", "Brenda", "Amy", "Anna", "Rebecca",
        "Virginia", "Kathleen", "Pamela", "Martha", "Debra", "Amanda", "Stephanie", "Carolyn", "Christine", "Marie",
        "Janet", "Catherine", "Frances", "Ann", "Joyce", "Diane", "Alice", "Julie", "Heather", "Teresa", "Doris", "Gloria",
        "Evelyn", "Jean", "Cheryl", "Mildred", "Katherine", "Joan", "Ashley", "Judith", "Rose", "Janice", "Kelly", "Nicole",
        "Judy", "Christina", "Kathy", "Theresa", "Beverly", "Denise", "Tammy", "Irene", "Jane", "Lori", "Rachel", "Marilyn",
        "Andrea", "Kathryn", "Louise", "Sara", "Anne", "Jacqueline", "Wanda", "Bonnie", "Julia", "Ruby", "Lois", "Tina",
        "Phyllis", "Norma", "Paula", "Diana", "Annie", "Lillian", "Emily", "Robin", "Peggy", "Emma", "Olivia",
    ];

    // Rarer given names, sharing the remaining mass evenly.
    private static readonly string[] Tail =
    [
        "Aiden", "Amara", "Anika", "Arjun", "Astrid", "Bianca", "Bodhi", "Callum", "Camila", "Cedric", "Chiara", "Dashiell",
        "Delphine", "Desmond", "Dmitri", "Eamon", "Elif", "Emeka", "Esme", "Fatima", "Felix", "Freya", "Gideon", "Giulia",
        "Hamza", "Hana", "Ibrahim", "Imogen", "Ines", "Isaac", "Jasper", "Javier", "Kai", "Kenji", "Lars", "Leila", "Lorcan",
        "Lucia", "Magnus", "Malik", "Marisol", "Mateo", "Mei", "Milo", "Nadia", "Niamh", "Nikolai", "Noor", "Oren", "Orla",
        "Pablo", "Priya", "Quentin", "Rafael", "Ravi", "Rosalind", "Rowan", "Saoirse", "Sebastian", "Soren", "Tariq",
        "Thea", "Tobias", "Uma", "Valentina", "Wilhelmina", "Xavier", "Yara", "Yusuf", "Zara", "Zoltan", "Anouk", "Bastien",
        "Cormac", "Darius", "Elodie", "Florian", "Greta", "Hugo", "Ingrid", "Joaquin", "Katya", "Leopold", "Marguerite",
        "Nils", "Odette", "Piers", "Ruairi", "Silvia", "Teodor", "Ulrich", "Vivienne", "Wendell", "Ximena", "Yosef", "Zelda",
    ];

    private static readonly string[] CommonSurnames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez",
        "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez",
        "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen",
        "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall",
        "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker",
        "Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez",
        "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward",
        "Richardson", "Watson", "Brooks", "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes",
        "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez",
    ];

    private static readonly string[] Onsets =
    [
        "Ash", "Black", "Brad", "Brook", "Cald", "Carr", "Chal", "Cran", "Dal", "Dun", "Elm", "Fair", "Fen", "Gar", "Glen",
        "Grim", "Hal", "Hart", "Hather", "Holl", "Kel", "Kings", "Lang", "Lind", "Mal", "Mar", "Mer", "Nor", "Oak", "Pem",
        "Rad", "Red", "Ros", "Sal", "Shel", "Stan", "Stow", "Sut", "Thorn", "Trel", "Wal", "War", "Wes", "Whit", "Win",
        "Bel", "Cor", "Dra", "Fal", "Gan", "Hav", "Kes", "Lor", "Mon", "Pax", "Quen", "Riv", "Sev", "Tam", "Vel", "Yar",
        "Zab", "Kov", "Nak", "Ost", "Pol", "Rud", "Sok", "Tar", "Vas",
    ];

    private static readonly string[] Middles = ["", "a", "e", "i", "o", "er", "en", "in", "ing", "ow", "ar", "el", "ter", "ber"];

    private static readonly string[] Codas =
    [
        "ford", "well", "ton", "by", "ley", "worth", "field", "wood", "son", "man", "ridge", "stead", "more", "ham", "wick",
        "combe", "croft", "dale", "gate", "hurst", "land", "mere", "shaw", "thorpe", "ville", "ova", "enko", "ski", "ich",
        "sen", "berg", "stein", "ini", "elli", "ez", "ard", "ott", "ins", "ay", "ock",
    ];

    private readonly WeightedTable<string> _male = WeightedTable<string>.Zipf(Male, offset: 6, exponent: 1.1);
    private readonly WeightedTable<string> _female = WeightedTable<string>.Zipf(Female, offset: 6, exponent: 1.1);
    private readonly WeightedTable<string> _surnames;

    public PersonNames()
    {
        // Every syllable combination, in a fixed shuffled order so rare surnames are not alphabetical by rank.
        var synthetic = Onsets.SelectMany(o => Middles.SelectMany(m => Codas.Select(c => o + m + c)))
            .Distinct(StringComparer.Ordinal).Except(CommonSurnames, StringComparer.Ordinal)
            .OrderBy(name => Hash(name)).ToArray();
        _surnames = WeightedTable<string>.Zipf([.. CommonSurnames, .. synthetic], offset: 12, exponent: 1.0);
    }

    public int DistinctSurnames => _surnames.Count;

    public double TopHundredFirstNameShare => (_male.ShareOfFirst(50) + _female.ShareOfFirst(50)) / 2 * (1 - TailShare);

    private const double TailShare = 0.08;

    public string FirstName(Random random, bool female) =>
        random.NextDouble() < TailShare ? Tail[random.Next(Tail.Length)] : (female ? _female : _male).Next(random);

    public string Surname(Random random) => _surnames.Next(random);

    private static ulong Hash(string text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }
}
