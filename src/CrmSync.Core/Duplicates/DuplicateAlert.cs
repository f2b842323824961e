using System.Text;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Dedupe;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Duplicates;

/// <summary>One task per duplicate group, on the suggested primary, for its owner. Keyed by the stable group id.</summary>
internal static class DuplicateAlert
{
    public static AlertCandidate For(string objectType, DuplicateGroup group, IReadOnlyDictionary<string, CrmRecord> records)
    {
        var primary = records[group.PrimaryId];
        var others = group.MemberIds.Where(id => id != group.PrimaryId).ToList();
        var noun = objectType == CrmObjectTypes.Contacts ? "contact" : "company";
        var subject = $"CrmSync: {others.Count} possible duplicate {(others.Count == 1 ? noun : Plural(noun))} of {DisplayName(primary)}";

        var body = new StringBuilder()
            .AppendLine($"CrmSync found {group.MemberIds.Count} {Plural(noun)} that look like the same {noun} (group {group.GroupId}, mean match probability {DuplicateAnalyzer.FormatScore(group.Score)}).")
            .AppendLine($"Suggested primary: {DisplayName(primary)} (id {primary.Id}).")
            .AppendLine("Possible duplicates:");
        foreach (var id in others)
            body.AppendLine($"- {(records.TryGetValue(id, out var r) ? DisplayName(r) : id)} (id {id})");
        body.Append("Review them and merge in the CRM if they are the same. CrmSync does not merge on its own unless auto-merge is enabled.");

        return new AlertCandidate($"{DuplicateAnalyzer.AlertType}:{objectType}:{group.GroupId}", DuplicateAnalyzer.AlertType, objectType,
            primary.Id, primary.Get(CanonicalFields.OwnerId), subject, body.ToString(),
            group.MemberIds.Count > 2 ? AlertPriority.High : AlertPriority.Medium);
    }

    private static string Plural(string noun) => noun == "company" ? "companies" : noun + "s";

    private static string DisplayName(CrmRecord record)
    {
        var name = record.ObjectType == CrmObjectTypes.Companies
            ? record.Get(CanonicalFields.Name)
            : $"{record.Get(CanonicalFields.FirstName)} {record.Get(CanonicalFields.LastName)}".Trim();
        return string.IsNullOrWhiteSpace(name)
            ? record.Get(CanonicalFields.Email) ?? record.Get(CanonicalFields.Domain) ?? $"record {record.Id}"
            : name;
    }
}
