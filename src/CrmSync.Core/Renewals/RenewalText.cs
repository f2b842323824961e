using System.Globalization;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Renewals;

/// <summary>How renewals read: the due date as a timestamp for the CRM, and "in N days" in a rep's words.</summary>
internal static class RenewalText
{
    public static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"in 30 days", "today", "5 days ago".</summary>
    public static string When(int days) => days switch
    {
        0 => "today",
        1 => "in 1 day",
        > 1 => $"in {days} days",
        -1 => "1 day ago",
        _ => $"{-days} days ago",
    };

    public static string Due(CustomerAccount account, DateOnly today) =>
        $"contract ends {Day(account.ContractEnd!.Value)} ({When(account.DaysToContractEnd(today)!.Value)}) and no renewal deal is open";

    public static string NameOf(CustomerAccount account) =>
        account.Company.Get(CanonicalFields.Name) is { Length: > 0 } name && !string.IsNullOrWhiteSpace(name) ? name.Trim() : $"company {account.Company.Id}";
}
