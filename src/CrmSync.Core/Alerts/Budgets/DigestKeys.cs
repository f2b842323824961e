using System.Globalization;

namespace CrmSync.Core.Alerts.Budgets;

/// <summary>Keys of digest tasks: one per owner per period, <c>crmsync_digest:&lt;owner&gt;:&lt;period&gt;</c>.</summary>
public static class DigestKeys
{
    /// <summary>The alert type of digest tasks in the store.</summary>
    public const string AlertType = "crmsync_digest";

    /// <summary>The object type recorded for digest tasks (they are associated with no record).</summary>
    public const string ObjectType = "owners";

    /// <summary>Stands for "no owner" in keys and states.</summary>
    public const string Unassigned = "unassigned";

    /// <summary>e.g. <c>crmsync_digest:64492917:2025-04-01</c> (daily, UTC) or <c>crmsync_digest:64492917:2025-W14</c> (weekly, ISO week).</summary>
    public static string For(string? ownerId, DigestPeriod period, DateTimeOffset now) =>
        $"{AlertType}:{OwnerPart(ownerId)}:{PeriodKey(period, now)}";

    public static string OwnerPart(string? ownerId) => string.IsNullOrWhiteSpace(ownerId) ? Unassigned : ownerId;

    public static string PeriodKey(DigestPeriod period, DateTimeOffset now)
    {
        var day = now.UtcDateTime;
        return period == DigestPeriod.Weekly
            ? $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):00}"
            : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
