namespace CrmSync.Sandbox.Seeding;

/// <summary>One North American number written the ways people write it.</summary>
internal static class PhoneFormats
{
    public const int Count = 5;

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    public static string Format(string area, int exchange, int line, int format) => format switch
    {
        0 => string.Create(Inv, $"({area}) {exchange:000}-{line:0000}"),
        1 => string.Create(Inv, $"{area}-{exchange:000}-{line:0000}"),
        2 => string.Create(Inv, $"+1 {area} {exchange:000} {line:0000}"),
        3 => string.Create(Inv, $"+1{area}{exchange:000}{line:0000}"),
        _ => string.Create(Inv, $"{area}.{exchange:000}.{line:0000}"),
    };

    /// <summary>A format different from <paramref name="format"/>.</summary>
    public static int Other(int format, ulong roll) => (format + 1 + (int)(roll % (Count - 1))) % Count;
}
