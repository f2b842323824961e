using System.Text.RegularExpressions;

namespace CrmSync.ChaosCheck;

/// <summary>A task in the CRM as the check compares it: by alert key, subject and owner (ids differ between CRMs).</summary>
internal sealed partial record CrmTask(string Id, string? AlertKey, string? Subject, string? OwnerId)
{
    /// <remarks>
    /// The fakes seed stage entry times relative to the moment they start, and an interrupted run writes minutes after
    /// the baseline did: an entry close to midnight UTC falls on the next date, and an age just under a whole day is a
    /// day older. A stage-age key ends with that date and its subject names the days, so the identity leaves the date
    /// out and reads the days as "N days" (the value itself is compared, one day's leeway, by <see cref="SnapshotDiff"/>).
    /// </remarks>
    public (string?, string?, string?) Identity => (Key, Subject is null ? null : DayCount().Replace(Subject, "N days"), OwnerId);

    /// <summary>The alert key without its trailing date.</summary>
    public string? Key => AlertKey is null ? null : TrailingDate().Replace(AlertKey, "");

    [GeneratedRegex(@":\d{4}-\d{2}-\d{2}$")]
    private static partial Regex TrailingDate();

    [GeneratedRegex(@"\b\d+ days\b")]
    private static partial Regex DayCount();
}
