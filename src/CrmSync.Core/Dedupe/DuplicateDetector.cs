using CrmSync.Core.Dedupe.Clustering;
using CrmSync.Core.Dedupe.Scoring;

namespace CrmSync.Core.Dedupe;

/// <summary>
/// Batch duplicate detection: normalise, block, train a Fellegi–Sunter model by EM on the data itself, score the
/// candidate pairs, and group confident links with chain-resistant average linkage. Pure and thread-safe.
/// </summary>
public sealed class DuplicateDetector
{
    public DuplicateDetector(DedupeSettings? settings = null)
    {
        Settings = settings ?? new DedupeSettings();
        DedupeSettingsValidator.EnsureValid(Settings);
    }

    public DedupeSettings Settings { get; }

    public DedupeResult Run(IReadOnlyList<DedupeRecord> records, DedupeRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        options ??= new DedupeRunOptions();
        var prepared = DedupePreparation.Run(records, Settings, cancellationToken);
        var features = prepared.Features;
        var scorer = prepared.Scorer;
        var parallelism = Settings.EffectiveParallelism();

        var clock = new StageClock();
        var keepAll = options.KeepScoredPairs;
        var review = Settings.ReviewThreshold;
        var (links, newPairs) = CandidateScoring.Run(prepared.Candidates, scorer, features, review, keepAll, parallelism, cancellationToken);
        var closure = ComponentClosure.Expand(features.Count, links, Settings.MatchThreshold, prepared.Candidates.IsCandidate,
            (a, b) => scorer.Probability(features, a, b), parallelism);
        prepared.Blocks.ReleaseStorage(); // every candidate is scored: the blocks' memory goes to reasons and groups
        links.AddRange(keepAll ? closure : closure.Where(l => l.Probability >= review));
        links.Sort((x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        var reviewLinks = keepAll ? links.Where(l => l.Probability >= review).ToList() : links;
        var pairs = DescribePairs(prepared, reviewLinks);
        var scoreTime = clock.Lap();

        // A pair conflicts when its fields alone, at even odds, would not reach the review threshold.
        var conflictBits = Math.Log2(review / (1 - review));
        var recordGroups = GroupBuilder.Build(features.Count, reviewLinks, (a, b) => scorer.Score(features, a, b, conflictBits),
            Settings.MatchThreshold, Settings.GroupLinkageThreshold, parallelism);
        var (groups, assignments) = NameGroups(prepared, recordGroups, options.PreviousGroupIds);
        var largest = Largest(prepared, recordGroups, groups);
        var clusterTime = clock.Lap();

        var timings = new DedupeTimings(prepared.NormaliseTime.Wall, prepared.BlockTime.Wall, prepared.TrainTime.Wall, scoreTime.Wall, clusterTime.Wall)
        {
            Cpu = new DedupeTimings(prepared.NormaliseTime.Cpu, prepared.BlockTime.Cpu, prepared.TrainTime.Cpu, scoreTime.Cpu, clusterTime.Cpu),
        };
        var blocking = prepared.BlockingStats(newPairs) with { ComponentPairs = closure.Count };
        return new DedupeResult(pairs, groups, blocking, prepared.ModelSummary(), timings, Warnings(prepared, blocking, largest))
        {
            LargestGroups = largest,
            GroupAssignments = assignments,
            ScoredPairs = keepAll ? links.Select(l => new ScoredPair(features.Ids[l.A], features.Ids[l.B], l.Probability)).ToList() : null,
        };
    }

    private static List<DuplicatePair> DescribePairs(DedupePreparation prepared, List<ScoredLink> links)
    {
        var features = prepared.Features;
        var pairs = new DuplicatePair[links.Count];
        Parallel.For(0, links.Count, i =>
        {
            var link = links[i];
            pairs[i] = new DuplicatePair(features.Ids[link.A], features.Ids[link.B], link.Probability, prepared.Scorer.Explain(features, link.A, link.B));
        });

        return pairs.OrderByDescending(p => p.Probability).ThenBy(p => p.IdA, StringComparer.Ordinal).ThenBy(p => p.IdB, StringComparer.Ordinal).ToList();
    }

    private (List<DuplicateGroup> Groups, Dictionary<string, string> Assignments) NameGroups(
        DedupePreparation prepared, List<RecordGroup> recordGroups, IReadOnlyDictionary<string, string>? previous)
    {
        var features = prepared.Features;
        var memberIds = recordGroups.Select(g => (IReadOnlyList<string>)g.Members.Select(m => features.Ids[m]).ToList()).ToList();
        var groupIds = GroupIdAssigner.Assign(memberIds, previous);
        var groups = new List<DuplicateGroup>(recordGroups.Count);
        var assignments = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var g = 0; g < recordGroups.Count; g++)
        {
            var primary = PrimarySelector.Select(recordGroups[g].Members, features, Settings.Survivorship);
            groups.Add(new DuplicateGroup(groupIds[g], features.Ids[primary], memberIds[g], recordGroups[g].Score));
            foreach (var id in memberIds[g])
            {
                assignments[id] = groupIds[g];
            }
        }

        return (groups, assignments);
    }

    private List<GroupExplanation> Largest(DedupePreparation prepared, List<RecordGroup> recordGroups, List<DuplicateGroup> groups)
    {
        const int Shown = 5;
        return Enumerable.Range(0, groups.Count)
            .OrderByDescending(g => recordGroups[g].Members.Length).ThenBy(g => groups[g].GroupId, StringComparer.Ordinal)
            .Where((g, rank) => rank < Shown || recordGroups[g].Members.Length > Settings.MaxGroupSize)
            .Select(g => new GroupExplanation(groups[g].GroupId, recordGroups[g].Members.Length, groups[g].Score,
                GroupExplainer.Explain(recordGroups[g].Members, prepared.Features, Settings.Kind)))
            .ToList();
    }

    private List<string> Warnings(DedupePreparation prepared, BlockingStats blocking, List<GroupExplanation> largest)
    {
        var warnings = new List<string>();
        foreach (var pass in blocking.Passes.Where(p => p.OversizedBlocks > 0))
        {
            warnings.Add($"Blocking key {pass.Key}: {pass.OversizedBlocks} block(s) still above MaxBlockSize {Settings.MaxBlockSize} after every refinement key were skipped (largest block {pass.LargestBlock} records before refinement).");
        }

        foreach (var group in largest.Where(g => g.Size > Settings.MaxGroupSize))
        {
            warnings.Add($"Group {group.GroupId} has {group.Size} records, above MaxGroupSize {Settings.MaxGroupSize} ({group.Why}): check for a shared placeholder value.");
        }

        if (!prepared.Scorer.Model.Converged && prepared.TrainingPairs > 0)
        {
            warnings.Add($"EM did not converge within {Settings.EmMaxIterations} iterations; probabilities may be less reliable.");
        }

        return warnings;
    }
}
