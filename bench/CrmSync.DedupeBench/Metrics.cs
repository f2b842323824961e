using CrmSync.Core.Dedupe;

namespace CrmSync.DedupeBench;

/// <summary>The evaluation metrics of reference/dedupe.md section 9.</summary>
internal static class Metrics
{
    public static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    /// <summary>All unordered pairs inside the same true entity.</summary>
    public static HashSet<(string, string)> TruePairs(LabelledDataset data)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var entity in data.Records.GroupBy(r => data.EntityOf[r.Id]))
        {
            var ids = entity.Select(r => r.Id).ToList();
            for (var i = 0; i < ids.Count; i++)
            {
                for (var j = i + 1; j < ids.Count; j++)
                {
                    pairs.Add(Key(ids[i], ids[j]));
                }
            }
        }

        return pairs;
    }

    public static Quality Pairwise(IEnumerable<(string, string)> predicted, HashSet<(string, string)> truth)
    {
        long hits = 0, count = 0;
        foreach (var pair in predicted)
        {
            count++;
            hits += truth.Contains(pair) ? 1 : 0;
        }

        return Quality.Of(hits, count, truth.Count);
    }

    /// <summary>All unordered pairs inside the same predicted group.</summary>
    public static IEnumerable<(string, string)> GroupPairs(IEnumerable<DuplicateGroup> groups)
    {
        foreach (var group in groups)
        {
            var ids = group.MemberIds;
            for (var i = 0; i < ids.Count; i++)
            {
                for (var j = i + 1; j < ids.Count; j++)
                {
                    yield return Key(ids[i], ids[j]);
                }
            }
        }
    }

    /// <summary>B-cubed precision and recall over every record (singletons included).</summary>
    public static Quality BCubed(LabelledDataset data, IReadOnlyList<DuplicateGroup> groups)
    {
        var predictedOf = new Dictionary<string, string>();
        foreach (var group in groups)
        {
            foreach (var member in group.MemberIds)
            {
                predictedOf[member] = group.GroupId;
            }
        }

        string Predicted(string id) => predictedOf.TryGetValue(id, out var g) ? g : "single:" + id;
        var predictedSize = data.Records.GroupBy(r => Predicted(r.Id)).ToDictionary(g => g.Key, g => g.Count());
        var trueSize = data.Records.GroupBy(r => data.EntityOf[r.Id]).ToDictionary(g => g.Key, g => g.Count());
        var overlap = data.Records.GroupBy(r => (Predicted(r.Id), data.EntityOf[r.Id])).ToDictionary(g => g.Key, g => g.Count());

        double precision = 0, recall = 0;
        foreach (var record in data.Records)
        {
            var predicted = Predicted(record.Id);
            var entity = data.EntityOf[record.Id];
            var shared = overlap[(predicted, entity)];
            precision += (double)shared / predictedSize[predicted];
            recall += (double)shared / trueSize[entity];
        }

        return new Quality(precision / data.Records.Count, recall / data.Records.Count);
    }
}
