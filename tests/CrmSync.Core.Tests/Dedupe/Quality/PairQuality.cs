using CrmSync.Core.Dedupe;

namespace CrmSync.Core.Tests.Dedupe.Quality;

/// <summary>Pairwise precision, recall and F1 of the pairs at or above the match threshold, and B-cubed F1 of the groups (reference/dedupe.md §9).</summary>
internal sealed record PairQuality(double Precision, double Recall, double BCubedF1)
{
    public double F1 => F(Precision, Recall);

    public static PairQuality Of(LabelledSet set, DedupeResult result, double matchThreshold)
    {
        var truth = set.Records.GroupBy(r => set.EntityOf[r.Id]).SelectMany(g => Pairs(g.Select(r => r.Id).ToList())).ToHashSet();
        var predicted = result.Pairs.Where(p => p.Probability >= matchThreshold).Select(p => Key(p.IdA, p.IdB)).ToList();
        var hits = predicted.Count(truth.Contains);

        var groupOf = result.Groups.SelectMany(g => g.MemberIds.Select(m => (m, g.GroupId))).ToDictionary(x => x.m, x => x.GroupId);
        string Predicted(string id) => groupOf.GetValueOrDefault(id, "single:" + id);
        var predictedSize = set.Records.GroupBy(r => Predicted(r.Id)).ToDictionary(g => g.Key, g => g.Count());
        var trueSize = set.Records.GroupBy(r => set.EntityOf[r.Id]).ToDictionary(g => g.Key, g => g.Count());
        var overlap = set.Records.GroupBy(r => (Predicted(r.Id), set.EntityOf[r.Id])).ToDictionary(g => g.Key, g => g.Count());
        var precision = set.Records.Average(r => (double)overlap[(Predicted(r.Id), set.EntityOf[r.Id])] / predictedSize[Predicted(r.Id)]);
        var recall = set.Records.Average(r => (double)overlap[(Predicted(r.Id), set.EntityOf[r.Id])] / trueSize[set.EntityOf[r.Id]]);
        return new PairQuality(predicted.Count == 0 ? 0 : (double)hits / predicted.Count, (double)hits / truth.Count, F(precision, recall));
    }

    private static IEnumerable<(string, string)> Pairs(List<string> ids)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                yield return Key(ids[i], ids[j]);
            }
        }
    }

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static double F(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
