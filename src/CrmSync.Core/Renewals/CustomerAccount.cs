using CrmSync.Core.Records;

namespace CrmSync.Core.Renewals;

/// <summary>
/// A customer company with what the renewal and health analyzers read of it: its current contract end (its own, else
/// the latest of its won deals'), its open and won deals, whether an open renewal deal exists, its last activity (the
/// latest of the company's, its contacts' and its deals'), its champion and its recurring revenue.
/// </summary>
internal sealed record CustomerAccount(
    CrmRecord Company,
    DateOnly? ContractEnd,
    IReadOnlyList<CrmRecord> OpenDeals,
    bool HasOpenRenewalDeal,
    DateTimeOffset? LastActivity,
    bool HasChampion,
    bool ChampionKnown,
    decimal? AnnualRecurringRevenue)
{
    /// <summary>Days from <paramref name="today"/> to the contract end (negative once it has passed); null without one.</summary>
    public int? DaysToContractEnd(DateOnly today) => ContractEnd is { } end ? end.DayNumber - today.DayNumber : null;
}
