using System.Globalization;
using CrmSync.Core.Records;

namespace CrmSync.Core.StageCriteria;

/// <summary>
/// One compiled check: a stable id (for alert keys: the same failing check on the same record is one violation), the
/// words shown to the rep, and the test itself.
/// </summary>
public sealed class Criterion
{
    private readonly Func<CrmRecord, IReadOnlyDictionary<string, object?>, DateTimeOffset, bool> _holds;

    internal Criterion(string id, string description, Func<CrmRecord, IReadOnlyDictionary<string, object?>, DateTimeOffset, bool> holds)
    {
        Id = id;
        Description = description;
        _holds = holds;
    }

    /// <summary>Lowercase, stable across runs: <c>required-amount</c>, <c>contacts-atleast-2</c>, <c>expr-1a2b3c4d</c>.</summary>
    public string Id { get; }

    public string Description { get; }

    public bool Holds(CrmRecord record, IReadOnlyDictionary<string, object?> values, DateTimeOffset now) => _holds(record, values, now);

    internal static string Slug(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    internal static string Hash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..8];

    internal static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
