using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>A short text field (city, state, second address line): exact, then optionally a typo (<see cref="Spelling"/>).</summary>
internal sealed class TextComparison : FieldComparison
{
    private readonly FeatureColumn _column;
    private readonly bool _fuzzy;
    private readonly bool _frequencyAdjusted;
    private readonly PairLevelCache _cache = new();

    public TextComparison(ComparisonKind kind, string name, FeatureColumn column, bool fuzzy, bool frequencyAdjusted)
        : base(kind, name, fuzzy ? ["exact", "typo"] : ["exact"])
    {
        _column = column;
        _fuzzy = fuzzy;
        _frequencyAdjusted = frequencyAdjusted;
    }

    public override FeatureColumn PresenceColumn => _column;

    public override FeatureColumn? FrequencyColumn => _frequencyAdjusted ? _column : null;

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

        if (!_fuzzy)
        {
            return DifferentLevel;
        }

        if (_cache.TryGet(values[a], values[b], out var cached))
        {
            return cached;
        }

        var pool = features.Pool(_column);
        var level = Spelling.IsClose(pool[values[a]], pool[values[b]]) ? 2 : DifferentLevel;
        _cache.Set(values[a], values[b], level);
        return level;
    }
}
