using CrmSync.Core.Connectors;
using CrmSync.Core.Records;

namespace CrmSync.Worker.Jobs;

/// <summary>Which properties, histories and associations each object type is pulled with, for the analyzers.</summary>
public static class PullPlan
{
    private static readonly string[] ContactProperties =
    [
        "firstname", "lastname", "email", "phone", "mobilephone", "company", "website", "jobtitle", "address", "city",
        "zip", "country", "lifecyclestage", "hubspot_owner_id", "createdate", "lastmodifieddate",
    ];

    private static readonly string[] CompanyProperties =
    [
        "name", "domain", "website", "phone", "address", "city", "zip", "country", "industry", "hubspot_owner_id",
        "createdate", "hs_lastmodifieddate",
    ];

    private static readonly string[] DealProperties =
    [
        "dealname", "amount", "dealstage", "pipeline", "closedate", "createdate", "hs_lastmodifieddate",
        "hubspot_owner_id", "hs_is_closed", "hs_is_closed_won", "hs_v2_date_entered_current_stage",
    ];

    public static PullRequest For(string objectType, PullMode mode, string? cursor, IReadOnlyList<CrmPipeline> pipelines) =>
        objectType switch
        {
            CrmObjectTypes.Contacts => new(objectType, mode, cursor, ContactProperties, [], [CrmObjectTypes.Companies]),
            CrmObjectTypes.Companies => new(objectType, mode, cursor, CompanyProperties, [], []),
            CrmObjectTypes.Deals => new(objectType, mode, cursor, [.. DealProperties, .. StageEntryProperties(pipelines)],
                ["dealstage"], [CrmObjectTypes.Companies, CrmObjectTypes.Contacts]),
            _ => throw new ArgumentOutOfRangeException(nameof(objectType), objectType, "unknown object type"),
        };

    private static IEnumerable<string> StageEntryProperties(IReadOnlyList<CrmPipeline> pipelines) =>
        pipelines.SelectMany(p => p.Stages).Select(s => $"hs_v2_date_entered_{s.Id}").Distinct();
}
