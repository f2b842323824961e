using System.Text.RegularExpressions;

namespace CrmSync.ChaosCheck;

/// <summary>A task in the CRM as the check compares it: by alert key, subject and owner (ids differ between CRMs).</summary>
internal sealed partial record CrmTask(string Id, string? AlertKey, string? Subject, string? OwnerId)
{
    /// <remarks>
    /// The sandbox seeds stage entry times relative to the moment it starts, so in a sandbox started minutes after the
    /// baseline's an entry close to midnight UTC falls on the next date, and a stage-age key (which ends with that
    /// date) differs. The identity leaves the date out; the subject still carries the days in stage.
    /// </remarks>
    public (string?, string?, string?) Identity => (AlertKey is null ? null : TrailingDate().Replace(AlertKey, ""), Subject, OwnerId);

    [GeneratedRegex(@":\d{4}-\d{2}-\d{2}$")]
    private static partial Regex TrailingDate();
}
