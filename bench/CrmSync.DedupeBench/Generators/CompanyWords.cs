namespace CrmSync.DedupeBench.Generators;

/// <summary>Word pools for company names and street addresses, and the abbreviations people use for them.</summary>
internal static class CompanyWords
{
    public static readonly string[] Brands =
    [
        "Northwind", "Summit", "Pioneer", "Apex", "Harbor", "Cedar", "Granite", "Lumen", "Vertex", "Atlas", "Bright", "Ironwood",
        "Maple", "Nova", "Orbit", "Prairie", "Quarry", "Riverside", "Silverline", "Bluebird", "Crescent", "Evergreen", "Falcon",
        "Golden Gate", "Highland", "Keystone", "Lakeshore", "Meridian", "Oakridge", "Pinnacle", "Redwood", "Sterling", "Trident",
        "Union", "Westfield", "Harper", "Whitman", "Caldwell", "Donovan", "Fitzgerald", "Gallagher", "Holloway", "Kendrick",
        "Lancaster", "Morrison", "Prescott", "Sullivan", "Thornton", "Wexford", "Blackstone", "Coastal", "Frontier", "Heritage",
        "Liberty", "Patriot", "Pacific", "Atlantic", "American", "National", "United", "Continental", "Allied", "Premier",
    ];

    public static readonly string[] Industries =
    [
        "Logistics", "Dental", "Capital", "Systems", "Foods", "Realty", "Labs", "Media", "Health", "Legal", "Energy", "Motors",
        "Design", "Supply", "Partners", "Plumbing", "Roofing", "Insurance", "Consulting", "Software", "Freight", "Construction",
        "Bakery", "Pharmacy", "Veterinary Clinic", "Manufacturing", "Associates", "Brothers", "Engineering", "Electric",
        "Landscaping", "Accounting", "Architects", "Printing", "Textiles", "Hotels", "Dining", "Fitness", "Solar", "Robotics",
    ];

    public static readonly string[] Divisions =
    [
        "Logistics", "Finance", "Property Services", "Technology", "Healthcare", "Retail", "Insurance", "Consulting", "Foods",
        "Energy", "Media", "Leasing", "Security", "Education", "Travel",
    ];

    public static readonly string[] LegalForms = ["Inc", "Inc.", "LLC", "Ltd", "Limited", "Corp", "Corporation", "Co.", "Company", "LLP", ""];

    public static readonly string[] Streets =
    [
        "Main", "Oak", "Pine", "Maple", "Cedar", "Elm", "Washington", "Lake", "Hill", "Park", "Market", "Broad", "Church",
        "Mill", "River", "Spring", "Ridge", "Sunset", "Highland", "Franklin", "Madison", "Jefferson", "Lincoln", "Commerce",
        "Industrial", "Harbor", "Union", "Center", "Grand", "Liberty",
    ];

    public static readonly (string Long, string Short)[] StreetTypes =
        [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Boulevard", "Blvd"), ("Drive", "Dr"), ("Lane", "Ln"), ("Parkway", "Pkwy")];

    /// <summary>Words and their usual short forms in company names.</summary>
    public static readonly (string Long, string Short)[] Abbreviations =
    [
        ("International", "Intl"), ("Brothers", "Bros"), ("Company", "Co"), ("Services", "Svcs"), ("Manufacturing", "Mfg"),
        ("Associates", "Assoc"), ("Corporation", "Corp"), ("and", "&"), ("Engineering", "Eng"), ("Consulting", "Consult"),
        ("Incorporated", "Inc"), ("Limited", "Ltd"), ("Technology", "Tech"), ("Mountain", "Mtn"), ("Saint", "St"),
    ];
}
