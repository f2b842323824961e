using System.Globalization;
using CrmSync.Core.Text;

namespace CrmSync.Core.Dedupe.Offline;

/// <summary>Writes duplicate pairs, or one row per record with its group, as CSV.</summary>
public static class DedupeCsvWriter
{
    /// <summary>Columns id_a, id_b, probability, reason; pairs below <paramref name="minProbability"/> are left out.</summary>
    public static int WritePairs(TextWriter writer, IEnumerable<DuplicatePair> pairs, double minProbability)
    {
        writer.WriteLine("id_a,id_b,probability,reason");
        var written = 0;
        foreach (var pair in pairs.Where(p => p.Probability >= minProbability))
        {
            writer.Write(CsvText.Escape(pair.IdA));
            writer.Write(',');
            writer.Write(CsvText.Escape(pair.IdB));
            writer.Write(',');
            writer.Write(pair.Probability.ToString("0.0000", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.WriteLine(CsvText.Escape(pair.Reason));
            written++;
        }

        return written;
    }

    /// <summary>
    /// Columns id, group_id, is_primary, group_size, group_score, one row per record in input order. Records in no
    /// group have an empty group id and size 1.
    /// </summary>
    public static void WriteGroups(TextWriter writer, IEnumerable<string> recordIds, IEnumerable<DuplicateGroup> groups)
    {
        var groupOf = new Dictionary<string, DuplicateGroup>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var member in group.MemberIds)
            {
                groupOf[member] = group;
            }
        }

        writer.WriteLine("id,group_id,is_primary,group_size,group_score");
        foreach (var id in recordIds)
        {
            writer.Write(CsvText.Escape(id));
            if (groupOf.TryGetValue(id, out var group))
            {
                var primary = group.PrimaryId == id ? "true" : "false";
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $",{CsvText.Escape(group.GroupId)},{primary},{group.MemberIds.Count},{group.Score:0.0000}"));
            }
            else
            {
                writer.WriteLine(",,false,1,");
            }
        }
    }
}
