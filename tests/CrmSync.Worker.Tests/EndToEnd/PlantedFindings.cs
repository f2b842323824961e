using CrmSync.Core.Analysis;

namespace CrmSync.Worker.Tests.EndToEnd;

/// <summary>
/// Compares a preview's findings both ways with what the planted cases promise. The seed's own records break rules
/// too (old close dates, skipped stages), so the expectation is a preview of the same seed without the cases (the
/// baseline) plus one finding per planted violation: a missing finding, a second one, or any finding the cases add
/// that they do not promise (a clean control reported, a case breaking two rules) fails.
/// </summary>
internal static class PlantedFindings
{
    public static void AssertExactly(
        IReadOnlyList<Finding> withCases, IReadOnlyList<Finding> baseline, IEnumerable<(string ObjectType, string RecordId, string Rule)> planted)
    {
        var expected = Count(baseline.Select(Key).Concat(planted));
        var actual = Count(withCases.Select(Key));
        var missing = expected.Where(e => actual.GetValueOrDefault(e.Key) < e.Value).Select(e => Show(e.Key, e.Value, actual.GetValueOrDefault(e.Key))).ToList();
        var extra = actual.Where(a => expected.GetValueOrDefault(a.Key) < a.Value).Select(a => Show(a.Key, expected.GetValueOrDefault(a.Key), a.Value)).ToList();
        var details = withCases.Where(f => extra.Count > 0 && actual.GetValueOrDefault(Key(f)) > expected.GetValueOrDefault(Key(f)))
            .Select(f => $"{f.ObjectType} {f.RecordId} [{f.Rule}] {f.Detail}");
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"missing: {string.Join("; ", missing)}\nextra: {string.Join("; ", extra)}\n{string.Join("\n", details)}");
    }

    private static (string, string, string) Key(Finding f) => (f.ObjectType, f.RecordId, f.Rule);

    private static Dictionary<(string, string, string), int> Count(IEnumerable<(string, string, string)> keys) =>
        keys.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());

    private static string Show((string ObjectType, string RecordId, string Rule) key, int expected, int actual) =>
        $"{key.ObjectType} {key.RecordId} {key.Rule} (expected {expected}, got {actual})";
}
