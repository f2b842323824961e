namespace CrmSync.Core.Dedupe.Clustering;

/// <summary>
/// A second candidate source after scoring: pairs inside one component of confident links that blocking never
/// produced (records that share no key but are linked through others, e.g. one with only a name and birth date
/// and one with only an email). They are scored by the same model; nothing is assumed transitive.
/// Components larger than <see cref="GroupBuilder.DenseLimit"/> are left alone.
/// </summary>
internal static class ComponentClosure
{
    public static List<ScoredLink> Expand(
        int recordCount,
        IReadOnlyList<ScoredLink> links,
        double matchThreshold,
        Func<int, int, bool> isCandidate,
        Func<int, int, double> scorePair,
        int parallelism)
    {
        var sets = new UnionFind(recordCount);
        var members = new HashSet<int>();
        foreach (var link in links)
        {
            if (link.Probability >= matchThreshold)
            {
                sets.Union(link.A, link.B);
                members.Add(link.A);
                members.Add(link.B);
            }
        }

        var components = members.Order().GroupBy(sets.Find).Select(g => g.ToArray())
            .Where(c => c.Length > 2 && c.Length <= GroupBuilder.DenseLimit).ToList();
        var added = new List<ScoredLink>();
        var gate = new object();
        Parallel.ForEach(components, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, component =>
        {
            var local = new List<ScoredLink>();
            for (var i = 0; i < component.Length; i++)
            {
                for (var j = i + 1; j < component.Length; j++)
                {
                    if (!isCandidate(component[i], component[j]))
                    {
                        local.Add(new ScoredLink(component[i], component[j], scorePair(component[i], component[j])));
                    }
                }
            }

            lock (gate)
            {
                added.AddRange(local);
            }
        });

        added.Sort((x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        return added;
    }
}
