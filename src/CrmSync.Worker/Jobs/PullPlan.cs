using CrmSync.Core.Connectors;
using CrmSync.Core.Dedupe;
using CrmSync.Core.Duplicates;
using CrmSync.Core.Records;
using CrmSync.Core.StageRules;

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
        ["amount", "closedate", "hs_lastmodifieddate", "hs_is_closed_won"];

    public static PullRequest For(string objectType, PullMode mode, string? cursor, IReadOnlyList<CrmPipeline> pipelines) =>
        objectType switch
        {
            CrmObjectTypes.Contacts => new(objectType, mode, cursor, WithDuplicateInputs(objectType, ContactProperties), [], [CrmObjectTypes.Companies]),
            CrmObjectTypes.Companies => new(objectType, mode, cursor, WithDuplicateInputs(objectType, CompanyProperties), [], []),
            CrmObjectTypes.Deals => new(objectType, mode, cursor, [.. DealProperties, .. HubSpotDealProperties.RequiredFor(pipelines)],
                [HubSpotDealProperties.DealStage], [CrmObjectTypes.Companies, CrmObjectTypes.Contacts]),
            _ => throw new ArgumentOutOfRangeException(nameof(objectType), objectType, "unknown object type"),
        };

    /// <summary>The fields duplicate matching reads, and the group last written, so group ids carry over.</summary>
    private static string[] WithDuplicateInputs(string objectType, string[] properties) =>
        [.. properties.Union(FieldMap.For(objectType).Properties, StringComparer.Ordinal), DuplicateProperties.Group];
}
