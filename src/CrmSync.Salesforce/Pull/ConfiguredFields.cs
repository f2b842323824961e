using System.Globalization;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Salesforce.Wire;

namespace CrmSync.Salesforce.Pull;

/// <summary>
/// The fields a tenant names in the connector's settings instead of a fixed map: lifecycle date fields on Lead and
/// Contact (<see cref="SalesforceConnectorOptions.LifecycleDateFields"/>), turned into the person's
/// <c>lifecycle_stage</c> history (one entry per stage that has a date, oldest first), and the contract fields of
/// Opportunity (<see cref="SalesforceConnectorOptions.ContractFields"/>), turned into <c>contract_start</c> and
/// <c>contract_end</c> (from the end field, else start, or the close date, plus the term in months), and the
/// Opportunity field of its monthly recurring amount (<see cref="SalesforceConnectorOptions.RecurringAmountField"/>),
/// turned into <c>recurring_amount</c>.
/// </summary>
internal sealed class ConfiguredFields
{
    private readonly IReadOnlyList<(string Stage, string Field)> _lifecycle;
    private readonly SalesforceContractFields? _contract;
    private readonly string? _recurringAmount;

    public ConfiguredFields(string objectType, SalesforceConnectorOptions options, bool lifecycleHistory)
    {
        _lifecycle = lifecycleHistory && objectType is CrmObjectTypes.Contacts or CrmObjectTypes.Leads
            ? [.. (options.LifecycleDateFields ?? []).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value))]
            : [];
        _contract = objectType == CrmObjectTypes.Deals ? options.ContractFields : null;
        _recurringAmount = objectType == CrmObjectTypes.Deals ? options.RecurringAmountField : null;
    }

    public bool BuildsLifecycleHistory => _lifecycle.Count > 0;

    /// <summary>The native fields to select besides the mapped ones (describe drops those the object lacks).</summary>
    public IEnumerable<string> Native =>
        _lifecycle.Select(l => l.Field)
            .Concat(new[] { _contract?.StartDate, _contract?.EndDate, _contract?.TermMonths, _recurringAmount }.OfType<string>());

    /// <summary>The lifecycle history of one Lead or Contact row: a stage per configured field that holds a date.</summary>
    public IReadOnlyList<PropertyHistoryEntry> LifecycleHistory(SfRecord row) =>
        [.. _lifecycle
            .Select(l => (l.Stage, At: SalesforceDates.Parse(row.Get(l.Field))))
            .Where(e => e.At is not null)
            .OrderBy(e => e.At)
            .Select(e => new PropertyHistoryEntry(e.Stage, e.At!.Value, "LifecycleDateField"))];

    /// <summary>Adds <c>contract_start</c>, <c>contract_end</c> and <c>recurring_amount</c> of an Opportunity row where their fields are configured.</summary>
    public void AddDealFields(SfRecord row, Dictionary<string, string?> into)
    {
        if (_recurringAmount is not null)
            into[CanonicalFields.RecurringAmount] = row.Get(_recurringAmount);
        if (_contract is null)
            return;
        var start = _contract.StartDate is { } s ? row.Get(s) : null;
        if (_contract.StartDate is not null)
            into[CanonicalFields.ContractStart] = start;
        var end = _contract.EndDate is { } e ? row.Get(e) : null;
        if (end is null && _contract.TermMonths is { } t
            && double.TryParse(row.Get(t), NumberStyles.Float, CultureInfo.InvariantCulture, out var months) && months >= 1
            && SalesforceDates.Parse(start ?? row.Get("CloseDate")) is { } from)
        {
            end = from.UtcDateTime.AddMonths((int)months).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (_contract.EndDate is not null || _contract.TermMonths is not null)
            into[CanonicalFields.ContractEnd] = end;
    }
}
