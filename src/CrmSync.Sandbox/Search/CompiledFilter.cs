using System.Text.RegularExpressions;

namespace CrmSync.Sandbox.Search;

/// <summary>
/// One filter with its values parsed once. Records without a value match only NEQ, NOT_IN, NOT_HAS_PROPERTY and
/// NOT_CONTAINS_TOKEN (HubSpot's null handling is unverified).
/// </summary>
internal sealed class CompiledFilter(string property, string op, FilterValueKind kind, string? value, string? highValue, IReadOnlyList<string> values)
{
    private readonly decimal number = Parse(value, kind);
    private readonly decimal high = Parse(highValue, kind);
    private readonly decimal[] numbers = values.Select(v => Parse(v, kind)).ToArray();
    private readonly Regex? token = op.EndsWith("CONTAINS_TOKEN", StringComparison.Ordinal) && value is not null ? TokenPattern(value) : null;

    public static readonly IReadOnlyList<string> Operators =
        ["EQ", "NEQ", "LT", "LTE", "GT", "GTE", "BETWEEN", "IN", "NOT_IN", "HAS_PROPERTY", "NOT_HAS_PROPERTY", "CONTAINS_TOKEN", "NOT_CONTAINS_TOKEN"];

    public string Property { get; } = property;

    public string Operator { get; } = op;

    public bool Matches(string? stored)
    {
        var present = !string.IsNullOrEmpty(stored);
        return Operator switch
        {
            "HAS_PROPERTY" => present,
            "NOT_HAS_PROPERTY" => !present,
            "EQ" => present && Compare(stored!, value, number) == 0,
            "NEQ" => !present || Compare(stored!, value, number) != 0,
            "LT" => present && Compare(stored!, value, number) < 0,
            "LTE" => present && Compare(stored!, value, number) <= 0,
            "GT" => present && Compare(stored!, value, number) > 0,
            "GTE" => present && Compare(stored!, value, number) >= 0,
            "BETWEEN" => present && Compare(stored!, value, number) >= 0 && Compare(stored!, highValue, high) <= 0,
            "IN" => present && In(stored!),
            "NOT_IN" => !present || !In(stored!),
            "CONTAINS_TOKEN" => present && token!.IsMatch(stored!),
            _ => !present || !token!.IsMatch(stored!),
        };
    }

    /// <summary>Integer bounds on hs_object_id that let a scan start late or stop early.</summary>
    public (long Low, long High) IdBounds() => Operator switch
    {
        "GT" => ((long)Math.Floor(number) + 1, long.MaxValue),
        "GTE" => ((long)Math.Ceiling(number), long.MaxValue),
        "LT" => (long.MinValue, (long)Math.Ceiling(number) - 1),
        "LTE" => (long.MinValue, (long)Math.Floor(number)),
        "EQ" => ((long)Math.Ceiling(number), (long)Math.Floor(number)),
        "BETWEEN" => ((long)Math.Ceiling(number), (long)Math.Floor(high)),
        _ => (long.MinValue, long.MaxValue),
    };

    private int Compare(string stored, string? text, decimal parsed)
    {
        if (kind != FilterValueKind.Text)
        {
            return SearchValues.TryNumber(stored, kind, out var storedNumber) ? storedNumber.CompareTo(parsed) : -1;
        }

        return string.Compare(stored, text, StringComparison.OrdinalIgnoreCase);
    }

    private bool In(string stored)
    {
        if (kind == FilterValueKind.Text)
        {
            return values.Contains(stored, StringComparer.OrdinalIgnoreCase);
        }

        return SearchValues.TryNumber(stored, kind, out var storedNumber) && numbers.Contains(storedNumber);
    }

    private static decimal Parse(string? text, FilterValueKind kind) =>
        kind != FilterValueKind.Text && SearchValues.TryNumber(text, kind, out var number) ? number : 0;

    /// <summary>The pattern bounded by non-alphanumerics (a word, "gmail.com" in an email); "*" is a wildcard ("*@gmail.com").</summary>
    private static Regex TokenPattern(string pattern)
    {
        var body = Regex.Escape(pattern.Trim()).Replace("\\*", "[^\\s]*", StringComparison.Ordinal);
        return new Regex($"(^|[^\\p{{L}}\\p{{N}}]){body}($|[^\\p{{L}}\\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
