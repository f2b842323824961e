namespace CrmSync.DedupeBench.Generators;

/// <summary>
/// A few dozen US cities weighted by population, each with its state, area codes and ZIP prefix: enough people per
/// city that a city agreeing says little on its own.
/// </summary>
internal static class UsPlaces
{
    public sealed record City(string Name, string State, int[] AreaCodes, int ZipPrefix);

    private static readonly (City City, double Weight)[] Cities =
    [
        (new("New York", "NY", [212, 718, 917, 646], 100), 8.3), (new("Los Angeles", "CA", [213, 310, 323], 900), 3.9),
        (new("Chicago", "IL", [312, 773], 606), 2.7), (new("Houston", "TX", [713, 281, 832], 770), 2.3),
        (new("Phoenix", "AZ", [602, 480], 850), 1.6), (new("Philadelphia", "PA", [215, 267], 191), 1.6),
        (new("San Antonio", "TX", [210], 782), 1.5), (new("San Diego", "CA", [619, 858], 921), 1.4),
        (new("Dallas", "TX", [214, 469, 972], 752), 1.3), (new("San Jose", "CA", [408], 951), 1.0),
        (new("Austin", "TX", [512], 787), 1.0), (new("Jacksonville", "FL", [904], 322), 0.95),
        (new("Fort Worth", "TX", [817], 761), 0.92), (new("Columbus", "OH", [614], 432), 0.9),
        (new("Charlotte", "NC", [704], 282), 0.88), (new("San Francisco", "CA", [415, 628], 941), 0.87),
        (new("Indianapolis", "IN", [317], 462), 0.88), (new("Seattle", "WA", [206], 981), 0.75),
        (new("Denver", "CO", [303, 720], 802), 0.72), (new("Washington", "DC", [202], 200), 0.69),
        (new("Boston", "MA", [617, 857], 21), 0.69), (new("Nashville", "TN", [615], 372), 0.69),
        (new("Detroit", "MI", [313], 482), 0.64), (new("Portland", "OR", [503, 971], 972), 0.65),
        (new("Las Vegas", "NV", [702], 891), 0.64), (new("Memphis", "TN", [901], 381), 0.63),
        (new("Louisville", "KY", [502], 402), 0.62), (new("Baltimore", "MD", [410, 443], 212), 0.59),
        (new("Milwaukee", "WI", [414], 532), 0.58), (new("Albuquerque", "NM", [505], 871), 0.56),
        (new("Tucson", "AZ", [520], 857), 0.54), (new("Fresno", "CA", [559], 937), 0.53),
        (new("Sacramento", "CA", [916], 958), 0.51), (new("Kansas City", "MO", [816], 641), 0.5),
        (new("Atlanta", "GA", [404, 678], 303), 0.5), (new("Miami", "FL", [305, 786], 331), 0.46),
        (new("Raleigh", "NC", [919], 276), 0.47), (new("Omaha", "NE", [402], 681), 0.48),
        (new("Minneapolis", "MN", [612], 554), 0.43), (new("Cleveland", "OH", [216], 441), 0.38),
        (new("Tulsa", "OK", [918], 741), 0.4), (new("New Orleans", "LA", [504], 701), 0.39),
    ];

    private static readonly WeightedTable<City> Table = new(Cities.Select(c => (c.City, c.Weight)).ToList());

    public static int Count => Cities.Length;

    public static City Pick(Random random) => Table.Next(random);

    public static string Zip(City city, Random random) => $"{city.ZipPrefix:D3}{random.Next(0, 100):D2}";

    /// <summary>A NANP number in the city (exchange 200–999 so it is a valid number); digits only.</summary>
    public static string PhoneDigits(City city, Random random) =>
        $"{city.AreaCodes[random.Next(city.AreaCodes.Length)]}{random.Next(200, 1000)}{random.Next(0, 10000):D4}";
}
