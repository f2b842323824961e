using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.StageCriteria;

/// <summary>
/// Builds the task of one violation: key <c>{rule}:{objectType}:{recordId}:{occurrence}</c> (one task per distinct
/// violation, and a new one only for a new occurrence), subject and body in the rep's words, priority by rule.
/// </summary>
internal static class IssueAlert
{
    public static string KeyOf(RecordIssue issue, CrmRecord record) => $"{issue.Rule}:{record.ObjectType}:{record.Id}:{issue.Occurrence}";

    public static AlertCandidate Create(RecordIssue issue, CrmRecord record, string? stageLabel)
    {
        var name = NameOf(record);
        var stage = stageLabel is null ? "" : $" (stage {stageLabel})";
        var body =
            $"{Noun(record.ObjectType)} {name} (id {record.Id}){stage}: {issue.Detail}.\n" +
            $"Rule: {issue.Rule} (docs/stage-criteria.md). CrmSync re-checks on every run and completes this task " +
            "once the record meets the rule again; it never edits the record itself.";
        return new AlertCandidate(KeyOf(issue, record), issue.Rule, record.ObjectType, record.Id,
            Blank(record.Get(CanonicalFields.OwnerId)), $"CrmSync: {name}: {issue.Detail}", body, PriorityOf(issue.Rule));
    }

    private static AlertPriority PriorityOf(string rule) => rule switch
    {
        StageCriteriaRules.CloseDateInPast or StageCriteriaRules.CriteriaNotMet => AlertPriority.Medium,
        StageCriteriaRules.GoingDark or StageCriteriaRules.StageTimeExceeded => AlertPriority.Medium,
        _ => AlertPriority.Low,
    };

    private static string NameOf(CrmRecord record)
    {
        var name = Blank(record.Get(CanonicalFields.Name))
            ?? Blank($"{record.Get(CanonicalFields.FirstName)} {record.Get(CanonicalFields.LastName)}".Trim());
        return name ?? $"{Noun(record.ObjectType).ToLowerInvariant()} {record.Id}";
    }

    private static string Noun(string objectType) => objectType switch
    {
        CrmObjectTypes.Deals => "Deal",
        CrmObjectTypes.Contacts => "Contact",
        CrmObjectTypes.Leads => "Lead",
        _ => "Record",
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
