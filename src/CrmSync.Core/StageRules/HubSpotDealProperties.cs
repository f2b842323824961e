using CrmSync.Core.Records;

namespace CrmSync.Core.StageRules;

/// <summary>The native deal properties the stage rules read (never written).</summary>
public static class HubSpotDealProperties
{
    public const string DealName = "dealname";
    public const string DealStage = "dealstage";
    public const string Pipeline = "pipeline";
    public const string IsClosed = "hs_is_closed";
    public const string OwnerId = "hubspot_owner_id";
    public const string CreateDate = "createdate";
    public const string DateEnteredCurrentStage = "hs_v2_date_entered_current_stage";

    public static string DateEnteredStage(string stageId) => $"hs_v2_date_entered_{stageId}";

    /// <summary>Properties a pull must request for the stage rules; <c>dealstage</c> also with history.</summary>
    public static IReadOnlyList<string> Required { get; } =
        [DealName, DealStage, Pipeline, IsClosed, OwnerId, CreateDate, DateEnteredCurrentStage];

    /// <summary><see cref="Required"/> plus <c>hs_v2_date_entered_{stageId}</c> for every open deal stage.</summary>
    public static IReadOnlyList<string> RequiredFor(IEnumerable<CrmPipeline> pipelines) =>
    [
        .. Required,
        .. pipelines
            .Where(p => p.ObjectType == CrmObjectTypes.Deals)
            .SelectMany(p => p.Stages)
            .Where(s => !s.IsClosed)
            .Select(s => DateEnteredStage(s.Id))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];
}
