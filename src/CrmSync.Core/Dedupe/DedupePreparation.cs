using CrmSync.Core.Dedupe.Blocking;
using CrmSync.Core.Dedupe.Normalisation;
using CrmSync.Core.Dedupe.Scoring;

namespace CrmSync.Core.Dedupe;

/// <summary>
/// The shared front of a batch run and of the incremental index: normalise, choose comparisons, block, count
/// candidates and train the model.
/// </summary>
internal sealed class DedupePreparation
{
    private DedupePreparation() { }

    public required RecordNormaliser Normaliser { get; init; }
    public required RecordFeatures Features { get; init; }
    public required BlockIndex Blocks { get; init; }
    public required CandidatePairs Candidates { get; init; }
    public required PairScorer Scorer { get; init; }
    public required long TrainingPairs { get; init; }
    public required (TimeSpan Wall, TimeSpan Cpu) NormaliseTime { get; init; }
    public required (TimeSpan Wall, TimeSpan Cpu) BlockTime { get; init; }
    public required (TimeSpan Wall, TimeSpan Cpu) TrainTime { get; init; }

    /// <param name="growable">Keep the interning indexes so records can be added later (the incremental index).</param>
    public static DedupePreparation Run(IReadOnlyList<DedupeRecord> records, DedupeSettings settings, CancellationToken cancellationToken, bool growable = false)
    {
        var parallelism = settings.EffectiveParallelism();
        var clock = new StageClock();
        var normaliser = new RecordNormaliser(settings);
        var ids = UniqueIds(records);
        var features = Normalise(records, ids, normaliser, parallelism, cancellationToken);
        if (!growable)
        {
            features.ReleaseInterning();
        }

        var normaliseTime = clock.Lap();

        var blocks = BlockIndex.Build(features, settings.EffectiveBlockingKeys(), settings.Kind, settings.MaxBlockSize, parallelism);
        var candidates = new CandidatePairs(blocks);
        var blockTime = clock.Lap();

        var set = ComparisonSet.Select(settings.EffectiveComparisons(), features, normaliser.Nicknames);
        var (model, trainingPairs) = ModelTrainer.Train(set, features, candidates, settings, cancellationToken);
        var frequencies = settings.TermFrequencyAdjustments
            ? TermFrequencyAdjustments.Compute(set, features, settings.MaxTermFrequencyBits)
            : TermFrequencyAdjustments.None();
        var trainTime = clock.Lap();

        return new DedupePreparation
        {
            Normaliser = normaliser,
            Features = features,
            Blocks = blocks,
            Candidates = candidates,
            Scorer = new PairScorer(set, model, frequencies),
            TrainingPairs = trainingPairs,
            NormaliseTime = normaliseTime,
            BlockTime = blockTime,
            TrainTime = trainTime,
        };
    }

    private const int NormaliseChunk = 1 << 16;

    public static RecordFeatures Normalise(IReadOnlyList<DedupeRecord> records, string[] ids, RecordNormaliser normaliser, int parallelism, CancellationToken cancellationToken)
    {
        var features = new RecordFeatures(records.Count);
        var chunk = new NormalisedFields[Math.Min(NormaliseChunk, Math.Max(records.Count, 1))];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        for (var start = 0; start < records.Count; start += chunk.Length)
        {
            var count = Math.Min(chunk.Length, records.Count - start);
            Parallel.For(0, count, options, i => chunk[i] = normaliser.Normalise(records[start + i]));
            features.AppendChunk(ids, chunk, count, parallelism);
        }

        return features;
    }

    /// <summary>The blocking figures, given the pairs each pass added (counted while the pairs are scored).</summary>
    public BlockingStats BlockingStats(long[] newPairsByPass)
    {
        var n = Features.Count;
        var allPairs = (double)n * (n - 1) / 2;
        var candidates = newPairsByPass.Sum();
        var passes = Blocks.Summaries.Select((s, p) => new BlockingPassStats(s.Key, s.KeyedRecords, s.Blocks, s.LargestBlock, s.OversizedBlocks, newPairsByPass[p]) { RefinedBlocks = s.RefinedBlocks }).ToList();
        return new BlockingStats(n, candidates, allPairs == 0 ? 1.0 : 1.0 - candidates / allPairs, passes);
    }

    public DedupeModelSummary ModelSummary()
    {
        var model = Scorer.Model;
        var related = model.Related.Select(r => new RelatedClassSummary(r.Description, r.Prior,
            Weights(k => r.Tied[k] ? model.U[k] : model.M[k], model.Weights.Select((w, k) => r.Tied[k] ? new double[w.Length] : w).ToArray()))).ToList();
        return new DedupeModelSummary(model.Prior, model.Iterations, model.Converged, TrainingPairs, Weights(k => model.M[k], model.Weights))
        {
            RelatedClasses = related,
        };
    }

    private List<ComparisonWeights> Weights(Func<int, double[]> probabilities, double[][] bits) => Scorer.Set.Comparisons.Select((c, k) => new ComparisonWeights(
        c.Kind,
        Enumerable.Range(1, c.LevelCount - 1).Select(level => new LevelWeight(c.LevelLabels[level], probabilities(k)[level], Scorer.Model.U[k][level], bits[k][level])).ToList())).ToList();

    private static string[] UniqueIds(IReadOnlyList<DedupeRecord> records)
    {
        var ids = new string[records.Count];
        var seen = new HashSet<string>(records.Count, StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var id = records[i].Id;
            if (string.IsNullOrEmpty(id))
            {
                throw new DedupeInputException($"Record at position {i} has no id.");
            }

            if (!seen.Add(id))
            {
                throw new DedupeInputException($"Record id '{id}' occurs more than once; ids must be unique within a run.");
            }

            ids[i] = id;
        }

        return ids;
    }
}
