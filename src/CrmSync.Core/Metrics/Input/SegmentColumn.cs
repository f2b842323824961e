namespace CrmSync.Core.Metrics.Input;

/// <summary>
/// A property records are sliced by (owner, pipeline, company or any named property): the distinct values and, per
/// record, the index of its value (-1: none).
/// </summary>
public sealed class SegmentColumn(string name, IReadOnlyList<string> values, int[] codes)
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Values { get; } = values;

    public int[] Codes { get; } = codes;
}
