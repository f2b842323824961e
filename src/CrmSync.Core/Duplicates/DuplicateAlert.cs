using System.Text;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Dedupe;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Duplicates;

/// <summary>
/// One task per duplicate group, keyed by the stable group id. A group of contacts (or companies) alerts its suggested
/// primary's owner on the primary. A group holding a lead shows the lead as the duplicate: the task is on that lead
/// (the first non-primary lead by key), for the lead's owner, under the key <c>duplicate_group:leads:{groupId}</c>.
/// </summary>
internal static class DuplicateAlert
{
    public static AlertCandidate For(DuplicateGroup group, DedupePopulation population)
    {
        var primary = population[group.PrimaryId];
        var others = group.MemberIds.Where(id => id != group.PrimaryId).ToList();
        var lead = others.Where(k => DedupePopulation.IsLead(population[k])).Order(StringComparer.Ordinal).Select(k => population[k]).FirstOrDefault();
        var noun = Noun(population.ObjectType);
        var subject = lead is null
            ? $"CrmSync: {others.Count} possible duplicate {(others.Count == 1 ? noun : Plural(noun))} of {DisplayName(primary)}"
            : $"CrmSync: lead {DisplayName(lead)} looks like {Noun(primary.ObjectType)} {DisplayName(primary)}"
              + (others.Count > 1 ? $" (and {others.Count - 1} more)" : "");

        // Contact and company groups keep their wording; a group with a lead names each member's kind.
        string Label(CrmRecord r) => lead is null ? DisplayName(r) : $"{Noun(r.ObjectType)} {DisplayName(r)}";
        var body = new StringBuilder()
            .AppendLine($"CrmSync found {group.MemberIds.Count} {(lead is null ? Plural(noun) : "records")} that look like the same {noun} (group {group.GroupId}, mean match probability {DuplicateAnalyzer.FormatScore(group.Score)}).")
            .AppendLine($"Suggested primary: {Label(primary)} (id {primary.Id}).")
            .AppendLine("Possible duplicates:");
        foreach (var record in others.Select(k => population[k]))
            body.AppendLine($"- {Label(record)} (id {record.Id})");
        body.Append(lead is null
            ? "Review them and merge in the CRM if they are the same. CrmSync does not merge on its own unless auto-merge is enabled."
            : "Review the lead: if it is the same person, merge it into the suggested primary in the CRM (for a contact: convert the lead onto it). CrmSync never merges leads.");

        var target = lead ?? primary;
        return new AlertCandidate($"{DuplicateAnalyzer.AlertType}:{target.ObjectType}:{group.GroupId}", DuplicateAnalyzer.AlertType, target.ObjectType,
            target.Id, target.Get(CanonicalFields.OwnerId), subject, body.ToString(),
            group.MemberIds.Count > 2 ? AlertPriority.High : AlertPriority.Medium);
    }

    private static string Noun(string objectType) => objectType switch
    {
        CrmObjectTypes.Companies => "company",
        CrmObjectTypes.Leads => "lead",
        _ => "contact",
    };

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
