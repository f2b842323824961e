using CrmSync.Core.Alerts;

namespace CrmSync.Core.Renewals;

/// <summary>
/// What makes a company a customer and a deal a renewal deal, shared by the renewal and health-score analyzers (each
/// binds its own copy under its section; docs/renewals-and-health.md). Values are matched case-insensitively.
/// </summary>
public abstract class CustomerScopeOptions
{
    public bool Enabled { get; set; }

    /// <summary>What happens to an alert's open task once its condition clears (complete it, or leave it open with a note).</summary>
    public ClearedTaskAction OnClear { get; set; } = ClearedTaskAction.Complete;

    /// <summary>Lifecycle stages (the CRM's value) of a customer company; a company with a won deal or a contract end is one too.</summary>
    public List<string> CustomerLifecycleStages { get; set; } = ["customer"];

    /// <summary>Deal types (the CRM's value) of a renewal deal. Salesforce's convention is <c>Renewal</c>.</summary>
    public List<string> RenewalDealTypes { get; set; } = ["renewal"];

    /// <summary>Pipelines (id or label) whose deals are renewal deals, e.g. a HubSpot "Renewals" pipeline.</summary>
    public List<string> RenewalPipelines { get; set; } = ["renewal", "renewals"];

    /// <summary>Days before the contract end from which a renewal is due (metrics.md §10.3: 120).</summary>
    public int RenewalWindowDays { get; set; } = 120;

    internal CustomerScope Scope() => new(CustomerLifecycleStages ?? [], RenewalDealTypes ?? [], RenewalPipelines ?? [], RenewalWindowDays);

    internal void ValidateScope(List<string> problems, string sectionPath)
    {
        OptionRange.Check(problems, $"{sectionPath}:RenewalWindowDays", RenewalWindowDays, 1, 3650);
        foreach (var (name, list) in new[] { (nameof(CustomerLifecycleStages), CustomerLifecycleStages), (nameof(RenewalDealTypes), RenewalDealTypes), (nameof(RenewalPipelines), RenewalPipelines) })
        {
            foreach (var (value, i) in (list ?? []).Select((v, i) => (v, i)))
            {
                if (string.IsNullOrWhiteSpace(value))
                    problems.Add($"{sectionPath}:{name}:{i} is empty.");
            }
        }
    }
}
