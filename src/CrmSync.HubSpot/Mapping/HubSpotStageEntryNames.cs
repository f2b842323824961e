using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace CrmSync.HubSpot.Mapping;

/// <summary>
/// Deal stage entry dates: canonical <c>stage_entered_at:{stageId}</c> ↔ HubSpot's stage calculated property
/// <c>hs_v2_date_entered_{stageId}</c> (hubspot-api.md §7: holds the latest entry, back-filled by HubSpot).
/// </summary>
internal static partial class HubSpotStageEntryNames
{
    public const string Prefix = "hs_v2_date_entered_";

    /// <summary>
    /// <c>hs_v2_date_entered_current_stage</c> is the current stage's entry (canonical
    /// <c>current_stage_entered_at</c>), so no stage may be called <c>current_stage</c>: it would not map back.
    /// </summary>
    public const string ReservedStageId = "current_stage";

    /// <summary>
    /// Stage ids are HubSpot's own (<c>contractsent</c>, numeric strings for custom stages). The check keeps a
    /// comma or space out of the comma-separated <c>properties=</c> list and the name within 100 characters.
    /// </summary>
    public static bool IsValidStageId([NotNullWhen(true)] string? stageId) =>
        stageId is not null && stageId != ReservedStageId && StageIdPattern().IsMatch(stageId);

    /// <exception cref="ArgumentException">The stage id cannot be part of a HubSpot property name.</exception>
    public static string ToNative(string stageId, string canonicalKey)
    {
        if (!IsValidStageId(stageId))
        {
            throw new ArgumentException(
                $"Canonical key '{canonicalKey}' on 'deals' names stage '{stageId}', which cannot be a HubSpot stage id " +
                $"(letters, digits, '_' or '-', at most 81 characters, not '{ReservedStageId}').", nameof(stageId));
        }

        return Prefix + stageId;
    }

    public static bool TryParse(string native, [NotNullWhen(true)] out string? stageId)
    {
        stageId = native.StartsWith(Prefix, StringComparison.Ordinal) ? native[Prefix.Length..] : null;
        if (IsValidStageId(stageId))
            return true;
        stageId = null;
        return false;
    }

    // 100 (HubSpot's name limit) − 19 (the prefix) = 81. \z, not $: $ also matches before a trailing newline.
    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,81}\z", RegexOptions.CultureInvariant)]
    private static partial Regex StageIdPattern();
}
