namespace CrmSync.ChaosCheck;

/// <summary>A store whose pull was interrupted and resumed against one that pulled the same CRM without interruption.</summary>
internal sealed record StoreDiff(int Entries, int Missing, int Extra, int Different, IReadOnlyList<string> Examples)
{
    public bool Same => Missing == 0 && Extra == 0 && Different == 0;

    public static StoreDiff Compare(StoreSnapshot expected, StoreSnapshot actual)
    {
        var examples = new List<string>();
        var missing = expected.Entries.Keys.Where(k => !actual.Entries.ContainsKey(k)).ToList();
        var extra = actual.Entries.Keys.Where(k => !expected.Entries.ContainsKey(k)).ToList();
        var different = expected.Entries.Where(e => actual.Entries.TryGetValue(e.Key, out var found) && found != e.Value).Select(e => e.Key).ToList();
        examples.AddRange(missing.Take(3).Select(k => $"store {k}: missing"));
        examples.AddRange(extra.Take(3).Select(k => $"store {k}: not in the uninterrupted store"));
        examples.AddRange(different.Take(3).Select(k => $"store {k}: expected {Cut(expected.Entries[k])}, found {Cut(actual.Entries[k])}"));
        return new StoreDiff(expected.Entries.Count, missing.Count, extra.Count, different.Count, examples);
    }

    public string Describe() => $"store entries {Entries - Missing - Different:N0}/{Entries:N0} equal: {Missing} missing, {Extra} extra, {Different} different";

    private static string Cut(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
