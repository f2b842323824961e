namespace CrmSync.Core.Dedupe.Clustering;

/// <summary>
/// Groups from confident links only: components of links at or above the match threshold, each then split by
/// average linkage over all its member pairs. Pairs of a component that blocking never compared are scored
/// here, so a record joins a group only if it resembles the group as a whole, not one member of it, and never
/// when its own fields contradict a member's (<see cref="PairScore.Conflict"/>): members of a group are linked to
/// each other, not only through a hub. Components larger than <see cref="DenseLimit"/> use their scored links
/// only (absent links count as 0). A component of two is its one link.
/// </summary>
internal static class GroupBuilder
{
    public const int DenseLimit = 120;

    public static List<RecordGroup> Build(
        int recordCount,
        IReadOnlyList<ScoredLink> links,
        Func<int, int, PairScore> scorePair,
        double matchThreshold,
        double linkageThreshold,
        int parallelism)
    {
        var components = Components(recordCount, links, matchThreshold);
        var linksByComponent = LinksInside(links, components.ComponentOf);
        var groups = new List<RecordGroup>();
        var gate = new object();
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        Parallel.For(0, components.Members.Count, options, c =>
        {
            var members = components.Members[c];
            var found = members.Length == 2
                ? [new RecordGroup(members, linksByComponent[c].Where(l => l.Probability >= matchThreshold).Max(l => l.Probability))]
                : SplitComponent(members, linksByComponent[c], scorePair, linkageThreshold);
            lock (gate)
            {
                groups.AddRange(found);
            }
        });

        groups.Sort((x, y) => x.Members[0].CompareTo(y.Members[0]));
        return groups;
    }

    private static (List<int[]> Members, Dictionary<int, int> ComponentOf) Components(int recordCount, IReadOnlyList<ScoredLink> links, double matchThreshold)
    {
        var sets = new UnionFind(recordCount);
        var touched = new HashSet<int>();
        foreach (var link in links)
        {
            if (link.Probability >= matchThreshold)
            {
                sets.Union(link.A, link.B);
                touched.Add(link.A);
                touched.Add(link.B);
            }
        }

        var byRoot = new Dictionary<int, List<int>>();
        foreach (var record in touched.Order())
        {
            var root = sets.Find(record);
            if (!byRoot.TryGetValue(root, out var members))
            {
                byRoot[root] = members = [];
            }

            members.Add(record);
        }

        var componentMembers = byRoot.Values.Select(m => m.ToArray()).ToList();
        var componentOf = new Dictionary<int, int>();
        for (var c = 0; c < componentMembers.Count; c++)
        {
            foreach (var member in componentMembers[c])
            {
                componentOf[member] = c;
            }
        }

        return (componentMembers, componentOf);
    }

    private static List<ScoredLink>[] LinksInside(IReadOnlyList<ScoredLink> links, Dictionary<int, int> componentOf)
    {
        var count = componentOf.Count == 0 ? 0 : componentOf.Values.Max() + 1;
        var result = new List<ScoredLink>[count];
        for (var c = 0; c < count; c++)
        {
            result[c] = [];
        }

        foreach (var link in links)
        {
            if (componentOf.TryGetValue(link.A, out var ca) && componentOf.TryGetValue(link.B, out var cb) && ca == cb)
            {
                result[ca].Add(link);
            }
        }

        return result;
    }

    private static List<RecordGroup> SplitComponent(int[] members, List<ScoredLink> links, Func<int, int, PairScore> scorePair, double linkageThreshold)
    {
        var local = new Dictionary<int, int>(members.Length);
        for (var i = 0; i < members.Length; i++)
        {
            local[members[i]] = i;
        }

        var edges = new List<WeightedEdge>(links.Count);
        var known = new HashSet<(int, int)>();
        foreach (var link in links)
        {
            edges.Add(new WeightedEdge(local[link.A], local[link.B], link.Probability));
            known.Add((local[link.A], local[link.B]));
        }

        if (members.Length <= DenseLimit)
        {
            for (var i = 0; i < members.Length; i++)
            {
                for (var j = i + 1; j < members.Length; j++)
                {
                    var (a, b) = members[i] < members[j] ? (i, j) : (j, i);
                    if (!known.Contains((a, b)))
                    {
                        var score = scorePair(members[a], members[b]);
                        edges.Add(new WeightedEdge(a, b, score.Probability, score.Conflict));
                    }
                }
            }
        }

        var labels = AverageLinkage.Cluster(members.Length, edges, linkageThreshold);
        return Collect(members, labels, edges);
    }

    private static List<RecordGroup> Collect(int[] members, int[] labels, List<WeightedEdge> edges)
    {
        var internalSum = new Dictionary<int, double>();
        foreach (var edge in edges)
        {
            if (labels[edge.A] == labels[edge.B])
            {
                internalSum[labels[edge.A]] = internalSum.GetValueOrDefault(labels[edge.A]) + edge.Probability;
            }
        }

        var groups = new List<RecordGroup>();
        foreach (var cluster in Enumerable.Range(0, members.Length).GroupBy(i => labels[i]))
        {
            var indexes = cluster.Select(i => members[i]).Order().ToArray();
            if (indexes.Length < 2)
            {
                continue;
            }

            var pairs = indexes.Length * (indexes.Length - 1) / 2.0;
            groups.Add(new RecordGroup(indexes, internalSum.GetValueOrDefault(cluster.Key) / pairs));
        }

        return groups;
    }
}
