using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>An identifier or code (postcode, national id): exact, then one or two character edits.</summary>
internal sealed class CodeComparison : FieldComparison
{
    private readonly FeatureColumn _column;
    private readonly int _maxEdits;

    public CodeComparison(ComparisonKind kind, string name, FeatureColumn column, int maxEdits)
        : base(kind, name, ["exact", .. Enumerable.Range(1, maxEdits).Select(edits => edits == 1 ? "one edit" : $"{edits} edits")])
    {
        _column = column;
        _maxEdits = maxEdits;
    }

    public override FeatureColumn PresenceColumn => _column;

    public override FeatureColumn? FrequencyColumn => _column;

    public override int Compare(RecordFeatures features, int a, int b)
    {
        var values = features.Column(_column);
        if (!BothPresent(values, a, b))
        {
            return MissingLevel;
        }

        if (values[a] == values[b])
        {
            return 1;
        }

        var pool = features.Pool(_column);
        var edits = EditDistance.Bounded(pool[values[a]], pool[values[b]], _maxEdits);
        return edits <= _maxEdits ? 1 + edits : DifferentLevel;
    }
}
