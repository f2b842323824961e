namespace CrmSync.Sandbox.Seeding;

/// <summary>Word lists for seeded companies and deals; 60 x 60 x 40 name combinations keep 100,000 names unique.</summary>
internal static class CompanyWords
{
    public static readonly string[] Adjectives =
    [
        "Blue", "Red", "Green", "Silver", "Golden", "Bright", "Swift", "Northern", "Southern", "Eastern", "Western",
        "Global", "Prime", "Summit", "Pioneer", "Atlas", "Apex", "Vertex", "Urban", "Coastal", "Alpine", "Royal",
        "Smart", "Rapid", "Clear", "True", "Bold", "Quiet", "Open", "Solid", "Modern", "Classic", "Nova", "Polar",
        "Iron", "Crystal", "Evergreen", "Sunny", "Lunar", "Stellar", "Crimson", "Amber", "Cedar", "Maple", "Oak",
        "Granite", "Harbor", "River", "Lake", "Valley", "Highland", "Metro", "Pacific", "Atlantic", "Central",
        "United", "Allied", "Precision", "Liberty", "Heritage",
    ];

    public static readonly string[] Nouns =
    [
        "Harbor", "Bridge", "Peak", "Stone", "Field", "Wave", "Forge", "Path", "Point", "Gate", "Tower", "Crest",
        "Ridge", "Grove", "Spring", "Falcon", "Eagle", "Fox", "Wolf", "Bear", "Lion", "Hawk", "Orbit", "Pulse",
        "Spark", "Signal", "Beacon", "Compass", "Anchor", "Arrow", "Circle", "Square", "Prism", "Matrix", "Vector",
        "Quantum", "Fusion", "Nexus", "Horizon", "Meadow", "Canyon", "Island", "Harvest", "Summit", "Mill", "Works",
        "Haven", "Lantern", "Line", "Loop", "Core", "Cloud", "Stream", "Bay", "Port", "Key", "Shield", "Crown", "Star", "Leaf",
    ];

    public static readonly string[] Sectors =
    [
        "Logistics", "Analytics", "Software", "Systems", "Solutions", "Consulting", "Foods", "Energy", "Health",
        "Capital", "Partners", "Retail", "Media", "Design", "Robotics", "Networks", "Security", "Labs", "Motors",
        "Textiles", "Pharma", "Builders", "Realty", "Travel", "Education", "Finance", "Insurance", "Marine", "Aero",
        "Telecom", "Devices", "Materials", "Chemicals", "Furniture", "Apparel", "Beverages", "Games", "Studios",
        "Supply", "Holdings",
    ];

    public static readonly string[] Suffixes = ["", "", "", " Inc", " Inc.", " LLC", " Ltd", " GmbH", " Group", " Co"];

    public static readonly string[] TopLevelDomains = [".com", ".com", ".com", ".io", ".co", ".net", ".de", ".co.uk"];

    public static readonly (string City, string Country)[] Cities =
    [
        ("New York", "United States"), ("San Francisco", "United States"), ("Austin", "United States"),
        ("Chicago", "United States"), ("Boston", "United States"), ("Seattle", "United States"),
        ("London", "United Kingdom"), ("Manchester", "United Kingdom"), ("Berlin", "Germany"), ("Munich", "Germany"),
        ("Paris", "France"), ("Lyon", "France"), ("Madrid", "Spain"), ("Milan", "Italy"), ("Amsterdam", "Netherlands"),
        ("Stockholm", "Sweden"), ("Dublin", "Ireland"), ("Toronto", "Canada"), ("Sydney", "Australia"),
        ("Singapore", "Singapore"), ("Tokyo", "Japan"), ("Sao Paulo", "Brazil"), ("Warsaw", "Poland"), ("Zurich", "Switzerland"),
    ];

    /// <summary>A subset of HubSpot's industry enumeration values.</summary>
    public static readonly string[] Industries =
    [
        "COMPUTER_SOFTWARE", "INFORMATION_TECHNOLOGY_AND_SERVICES", "FINANCIAL_SERVICES", "HOSPITAL_HEALTH_CARE",
        "RETAIL", "LOGISTICS_AND_SUPPLY_CHAIN", "MARKETING_AND_ADVERTISING", "CONSTRUCTION", "REAL_ESTATE",
        "EDUCATION_MANAGEMENT", "AUTOMOTIVE", "FOOD_BEVERAGES", "TELECOMMUNICATIONS", "INSURANCE", "PHARMACEUTICALS",
    ];

    public static readonly string[] DealProducts = ["New business", "Renewal", "Expansion", "Pilot", "Support plan", "Upsell", "Onboarding"];
}
