using System.Globalization;
using System.Text.RegularExpressions;

namespace CrmSync.Worker.Configuration;

/// <summary>
/// The keys a connector section may hold and the type of each value, checked before binding so that one typo does not
/// hide the others behind a binder exception, and so that misspelt keys are reported instead of silently ignored.
/// </summary>
internal static partial class ConnectorKeySchema
{
    private static readonly (Regex Key, string Type)[] Keys =
    [
        (Pattern("Kind"), "kind"),
        (Pattern("BaseUrl"), "string"),
        (Pattern("AccessToken"), "string"),
        (Pattern(@"Objects:\d+"), "string"),
        (Pattern("DryRun"), "bool"),
        (Pattern("Lookback"), "timespan"),
        (Pattern("FullReconcileInterval"), "timespan"),
        (Pattern("RateLimit:BurstPer10Seconds"), "int"),
        (Pattern("RateLimit:SearchPerSecond"), "int"),
        (Pattern("RateLimit:Utilisation"), "double"),
        (Pattern(@"Schedules:[^:]+:Cron"), "string"),
        (Pattern(@"Schedules:[^:]+:TimeZone"), "string"),
        (Pattern(@"Schedules:[^:]+:Enabled"), "bool"),
        (Pattern("StageAge:DefaultLimitDays"), "int"),
        (Pattern(@"StageAge:LimitsByStage:[^:]+"), "int"),
        (Pattern("Dedupe:Enabled"), "bool"),
        (Pattern("Dedupe:AutoMerge:Enabled"), "bool"),
        (Pattern("Dedupe:AutoMerge:MinProbability"), "double"),
        // Matching rules are checked by the binder and DedupeSettingsValidator, which name the key themselves.
        (Pattern(@"Dedupe:(Contacts|Companies):[A-Za-z]+(:\d+)?"), "string"),
    ];

    public static string? CheckValue(string relativeKey, string? value)
    {
        foreach (var (key, type) in Keys)
        {
            if (key.IsMatch(relativeKey))
                return value is null ? null : CheckType(type, value);
        }

        return "unknown key (check its spelling against config/appsettings.example.json)";
    }

    private static string? CheckType(string type, string value) => type switch
    {
        "kind" when !Enum.TryParse<ConnectorKind>(value, ignoreCase: true, out _) =>
            $"unknown connector kind '{value}'; use one of {string.Join(", ", Enum.GetNames<ConnectorKind>())}",
        "bool" when !bool.TryParse(value, out _) => $"must be true or false, got '{value}'",
        "int" when !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) =>
            $"must be a whole number, got '{value}'",
        "double" when !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) =>
            $"must be a number, got '{value}'",
        "timespan" when !TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out _) =>
            $"must be a duration such as 00:05:00 or 1.00:00:00, got '{value}'",
        _ => null,
    };

    private static Regex Pattern(string key) => new($"^{key}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
