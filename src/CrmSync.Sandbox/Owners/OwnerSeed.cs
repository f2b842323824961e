namespace CrmSync.Sandbox.Owners;

/// <summary>Ten active sales reps and one archived (departed) rep who still owns a few records.</summary>
internal static class OwnerSeed
{
    private static readonly (string First, string Last, string Team)[] People =
    [
        ("Rita", "Rep", "EMEA"), ("Sam", "Seller", "EMEA"), ("Alex", "Closer", "AMER"), ("Mina", "Park", "AMER"),
        ("Jon", "Berg", "AMER"), ("Lea", "Fontaine", "EMEA"), ("Omar", "Haddad", "APAC"), ("Yuki", "Mori", "APAC"),
        ("Carlos", "Vega", "LATAM"), ("Ingrid", "Holm", "EMEA"), ("Derek", "Gone", "AMER"),
    ];

    public static IReadOnlyList<Owner> Create(DateTimeOffset seededAt)
    {
        var owners = new List<Owner>(People.Length);
        for (var i = 0; i < People.Length; i++)
        {
            var (first, last, team) = People[i];
            var archived = i == People.Length - 1;
            owners.Add(new Owner(
                Id: (64_492_917 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Email: $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}@sandbox-sales.example",
                FirstName: first,
                LastName: last,
                UserId: 9_012_345 + i,
                TeamId: (70 + Array.IndexOf(["EMEA", "AMER", "APAC", "LATAM"], team)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                TeamName: team,
                Archived: archived,
                CreatedAt: seededAt.AddDays(-900 + (i * 20)),
                UpdatedAt: archived ? seededAt.AddDays(-45) : seededAt.AddDays(-30 + i)));
        }

        return owners;
    }
}
