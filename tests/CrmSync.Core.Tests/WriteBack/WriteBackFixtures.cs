using CrmSync.Core.Analysis;
using CrmSync.Core.Records;
using CrmSync.Core.WriteBack;

namespace CrmSync.Core.Tests.WriteBack;

internal static class WriteBackFixtures
{
    public const string Deals = CrmObjectTypes.Deals;

    public static ComputedValue Value(string recordId, string property, string? value) => new(Deals, recordId, property, value);

    /// <summary>A state as a successful earlier write saved it.</summary>
    public static WrittenState State(string recordId, params (string Property, string? Value)[] values)
    {
        var dictionary = values.ToDictionary(v => v.Property, v => v.Value);
        return new WrittenState(Deals, recordId, ValueFingerprint.Compute(dictionary), dictionary);
    }

    public static Dictionary<string, WrittenState> Written(params WrittenState[] states) => states.ToDictionary(s => s.RecordId);

    public static HashSet<string> Live(params string[] ids) => [.. ids];
}
