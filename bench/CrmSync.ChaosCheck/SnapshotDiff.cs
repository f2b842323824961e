using System.Globalization;

namespace CrmSync.ChaosCheck;

/// <summary>
/// An interrupted CRM against the uninterrupted one: values that differ, duplicate, missing and extra tasks. A day
/// count (a field whose name holds "days") one day apart is not a difference: each trial's fake is seeded relative to
/// its own start, and an interrupted run writes minutes later than the baseline did, so a record whose age sits just
/// under a whole day in one run can be a day older in the other. Such values are counted in <see cref="DayShifts"/>.
/// </summary>
internal sealed record SnapshotDiff(int Values, int ValueMismatches, int Tasks, int DuplicateTasks, int MissingTasks, int ExtraTasks, IReadOnlyList<string> Examples)
{
    public int DayShifts { get; init; }

    public bool Same => ValueMismatches == 0 && DuplicateTasks == 0 && MissingTasks == 0 && ExtraTasks == 0;

    public static SnapshotDiff Compare(CrmSnapshot expected, CrmSnapshot actual)
    {
        var examples = new List<string>();
        var mismatches = 0;
        var shifts = 0;
        foreach (var key in expected.Values.Keys.Union(actual.Values.Keys))
        {
            var want = expected.Values.GetValueOrDefault(key);
            var got = actual.Values.GetValueOrDefault(key);
            if (want == got)
                continue;
            if (OneDayApart(key, want, got))
            {
                shifts++;
                continue;
            }

            mismatches++;
            if (examples.Count < 5)
                examples.Add($"value {key}: expected {want ?? "(none)"}, found {got ?? "(none)"}");
        }

        var expectedTasks = expected.Tasks.GroupBy(t => t.Identity).ToDictionary(g => g.Key, g => g.Count());
        var actualTasks = actual.Tasks.GroupBy(t => t.Identity).ToDictionary(g => g.Key, g => g.Count());
        var duplicates = actual.Tasks.GroupBy(t => t.AlertKey).Sum(g => g.Count() - 1);
        var missing = expectedTasks.Sum(w => Math.Max(0, w.Value - actualTasks.GetValueOrDefault(w.Key)));
        var extra = actualTasks.Sum(g => Math.Max(0, g.Value - expectedTasks.GetValueOrDefault(g.Key))) - duplicates;
        foreach (var group in actual.Tasks.GroupBy(t => t.AlertKey).Where(g => g.Count() > 1).Take(3))
            examples.Add($"task {group.Key}: {group.Count()} tasks ({string.Join(", ", group.Select(t => t.Id))})");
        foreach (var (identity, _) in expectedTasks.Where(w => !actualTasks.ContainsKey(w.Key)).Take(3))
        {
            var found = actual.Tasks.Where(t => t.Key == identity.Item1).Select(t => $"\"{t.Subject}\" owner {t.OwnerId}").ToList();
            examples.Add($"task {identity.Item1} \"{identity.Item2}\" owner {identity.Item3}: missing; found {(found.Count == 0 ? "none" : string.Join(", ", found))}");
        }

        return new SnapshotDiff(expected.Values.Count, mismatches, expected.Tasks.Count, duplicates, missing, Math.Max(0, extra), examples) { DayShifts = shifts };
    }

    public string Describe() =>
        $"values {Values - ValueMismatches:N0}/{Values:N0} equal{(DayShifts == 0 ? "" : $" ({DayShifts} of them day counts one day apart)")}, " +
        $"tasks {Tasks:N0} expected: {DuplicateTasks} duplicate, {MissingTasks} missing, {ExtraTasks} extra";

    private static bool OneDayApart(string key, string? want, string? got) =>
        key.Contains("days", StringComparison.OrdinalIgnoreCase)
        && double.TryParse(want, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
        && double.TryParse(got, NumberStyles.Float, CultureInfo.InvariantCulture, out var b)
        && Math.Abs(a - b) == 1;
}
