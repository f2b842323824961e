namespace CrmSync.Sandbox.Tests.Infrastructure;

/// <summary>Seeded id ranges: contacts 1001.., companies 2000000001.., deals 3000000001.., tasks 4000000001...</summary>
internal static class Ids
{
    public static string Contact(int n) => (1_000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Company(int n) => (2_000_000_000L + n).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Deal(int n) => (3_000_000_000L + n).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
