namespace CrmSync.Core.Dedupe.Clustering;

/// <summary>
/// Agglomerative clustering with average linkage: two clusters merge while the mean probability over all their
/// cross pairs is at least the threshold, pairs without an edge counting as 0. A chain A–B–C–D of strong links
/// with no link between its ends stops growing once the missing links pull the average down, which plain
/// connected components cannot do.
/// </summary>
internal static class AverageLinkage
{
    /// <summary>Cluster label per member (the label is the index of one member of the cluster).</summary>
    public static int[] Cluster(int memberCount, IEnumerable<WeightedEdge> edges, double threshold)
    {
        var neighbours = new Dictionary<int, double>[memberCount];
        var conflicts = new HashSet<int>?[memberCount];
        var size = new int[memberCount];
        var version = new int[memberCount];
        for (var i = 0; i < memberCount; i++)
        {
            neighbours[i] = [];
            size[i] = 1;
        }

        foreach (var edge in edges)
        {
            if (edge.A == edge.B)
            {
                continue;
            }

            if (edge.Conflict)
            {
                (conflicts[edge.A] ??= []).Add(edge.B);
                (conflicts[edge.B] ??= []).Add(edge.A);
            }

            neighbours[edge.A][edge.B] = neighbours[edge.A].GetValueOrDefault(edge.B) + edge.Probability;
            neighbours[edge.B][edge.A] = neighbours[edge.B].GetValueOrDefault(edge.A) + edge.Probability;
        }

        var queue = new PriorityQueue<Candidate, double>();
        for (var i = 0; i < memberCount; i++)
        {
            foreach (var (j, sum) in neighbours[i])
            {
                if (i < j)
                {
                    queue.Enqueue(new Candidate(i, j, 0, 0), -sum);
                }
            }
        }

        var label = Enumerable.Range(0, memberCount).ToArray();
        while (queue.TryDequeue(out var candidate, out var negativeLinkage))
        {
            if (-negativeLinkage < threshold)
            {
                break;
            }

            if (label[candidate.A] != candidate.A || label[candidate.B] != candidate.B ||
                version[candidate.A] != candidate.VersionA || version[candidate.B] != candidate.VersionB)
            {
                continue; // stale: one side was absorbed, or grew since this entry was queued
            }

            if (conflicts[candidate.A]?.Contains(candidate.B) == true)
            {
                continue;
            }

            Merge(candidate.A, candidate.B, neighbours, size, version, label);
            MergeConflicts(candidate.A, candidate.B, conflicts);
            foreach (var (other, sum) in neighbours[candidate.A])
            {
                var linkage = sum / ((double)size[candidate.A] * size[other]);
                var (a, b) = candidate.A < other ? (candidate.A, other) : (other, candidate.A);
                queue.Enqueue(new Candidate(a, b, version[a], version[b]), -linkage);
            }
        }

        for (var i = 0; i < memberCount; i++)
        {
            label[i] = Root(label, i);
        }

        return label;
    }

    private static void Merge(int keep, int absorb, Dictionary<int, double>[] neighbours, int[] size, int[] version, int[] label)
    {
        foreach (var (other, sum) in neighbours[absorb])
        {
            if (other == keep)
            {
                continue;
            }

            neighbours[keep][other] = neighbours[keep].GetValueOrDefault(other) + sum;
            neighbours[other].Remove(absorb);
            neighbours[other][keep] = neighbours[keep][other];
        }

        neighbours[keep].Remove(absorb);
        neighbours[absorb].Clear();
        size[keep] += size[absorb];
        label[absorb] = keep;
        version[keep]++;
    }

    // The merged cluster conflicts with every cluster either side conflicted with; those point to it instead.
    private static void MergeConflicts(int keep, int absorb, HashSet<int>?[] conflicts)
    {
        if (conflicts[absorb] is not { } absorbed)
        {
            return;
        }

        var kept = conflicts[keep] ??= [];
        foreach (var other in absorbed)
        {
            kept.Add(other);
            conflicts[other]!.Remove(absorb);
            conflicts[other]!.Add(keep);
        }

        conflicts[absorb] = null;
    }

    private static int Root(int[] label, int i)
    {
        while (label[i] != i)
        {
            i = label[i];
        }

        return i;
    }

    private readonly record struct Candidate(int A, int B, int VersionA, int VersionB);
}
