using CrmSync.Core.Dedupe.Blocking;
using CrmSync.Core.Dedupe.Normalisation;
using CrmSync.Core.Dedupe.Scoring;

namespace CrmSync.Core.Dedupe.Incremental;

/// <summary>
/// Incremental matching: built once from existing records (normalised, blocked and the model trained as in a batch
/// run), then a new or changed record is blocked and scored against the index alone. The model stays as trained;
/// rebuild it with the nightly batch run. Thread-safe (one operation at a time).
/// </summary>
public sealed class DedupeIndex
{
    private readonly object _gate = new();
    private readonly DedupeSettings _settings;
    private readonly RecordNormaliser _normaliser;
    private readonly RecordFeatures _features;
    private readonly PairScorer _scorer;
    private readonly BlockIndex _blocks;
    private readonly KeyPostings[] _postings;
    private readonly Dictionary<string, int> _indexOfId;
    private readonly HashSet<int> _removed = [];

    private DedupeIndex(DedupeSettings settings, DedupePreparation prepared)
    {
        _settings = settings;
        _normaliser = prepared.Normaliser;
        _features = prepared.Features;
        _scorer = prepared.Scorer;
        _blocks = prepared.Blocks;
        _postings = _blocks.Passes.Select((_, p) => new KeyPostings(_blocks.Keys[p], _blocks.SortedRecords[p], _features.Count)).ToArray();
        _indexOfId = new Dictionary<string, int>(_features.Count, StringComparer.Ordinal);
        for (var i = 0; i < _features.Count; i++)
        {
            _indexOfId[_features.Ids[i]] = i;
        }

        Model = prepared.ModelSummary();
    }

    public DedupeModelSummary Model { get; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _indexOfId.Count;
            }
        }
    }

    public static DedupeIndex Build(IReadOnlyList<DedupeRecord> records, DedupeSettings? settings = null, CancellationToken cancellationToken = default)
    {
        settings ??= new DedupeSettings();
        DedupeSettingsValidator.EnsureValid(settings);
        return new DedupeIndex(settings, DedupePreparation.Run(records, settings, cancellationToken, growable: true));
    }

    /// <summary>
    /// Stored records likely to be the same entity as <paramref name="record"/> (probability ≥
    /// <paramref name="minProbability"/>, by default the match threshold), strongest first. The index is not changed;
    /// a stored record with the same id is not matched against itself.
    /// </summary>
    public IReadOnlyList<DuplicatePair> FindMatches(DedupeRecord record, double? minProbability = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var fields = _normaliser.Normalise(record);
        lock (_gate)
        {
            var probe = _features.SetScratch(record.Id, fields);
            var self = _indexOfId.GetValueOrDefault(record.Id, -1);
            return Score(probe, self, minProbability ?? _settings.MatchThreshold);
        }
    }

    /// <summary>Adds a record, or replaces the stored record with its id, and returns its matches among the others.</summary>
    public IReadOnlyList<DuplicatePair> Upsert(DedupeRecord record, double? minProbability = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var fields = _normaliser.Normalise(record);
        lock (_gate)
        {
            int index;
            if (_indexOfId.TryGetValue(record.Id, out var existing))
            {
                index = existing;
                _features.Replace(index, record.Id, fields);
            }
            else
            {
                index = _features.Add(record.Id, fields);
                _indexOfId[record.Id] = index;
            }

            _removed.Remove(index);
            for (var p = 0; p < _postings.Length; p++)
            {
                _postings[p].Set(index, _blocks.KeyOf(p, _features, index));
            }

            return Score(index, index, minProbability ?? _settings.MatchThreshold);
        }
    }

    /// <summary>Removes a record (merged or deleted in the CRM); false when the id is unknown.</summary>
    public bool Remove(string id)
    {
        lock (_gate)
        {
            if (!_indexOfId.Remove(id, out var index))
            {
                return false;
            }

            _removed.Add(index);
            foreach (var postings in _postings)
            {
                postings.Set(index, 0);
            }

            return true;
        }
    }

    private List<DuplicatePair> Score(int probe, int self, double minProbability)
    {
        var candidates = new HashSet<int>();
        for (var p = 0; p < _postings.Length; p++)
        {
            var key = _blocks.KeyOf(p, _features, probe);
            if (key != 0)
            {
                _postings[p].Collect(key, _settings.MaxBlockSize, candidates, self);
            }
        }

        var matches = new List<DuplicatePair>();
        foreach (var candidate in candidates)
        {
            if (candidate == probe || _removed.Contains(candidate))
            {
                continue;
            }

            var probability = _scorer.Probability(_features, probe, candidate);
            if (probability >= minProbability)
            {
                matches.Add(new DuplicatePair(_features.Ids[probe], _features.Ids[candidate], probability, _scorer.Explain(_features, probe, candidate)));
            }
        }

        matches.Sort((x, y) => y.Probability.CompareTo(x.Probability));
        return matches;
    }
}
