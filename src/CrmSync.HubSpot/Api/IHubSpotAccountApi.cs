using CrmSync.HubSpot.Wire;
using Refit;

namespace CrmSync.HubSpot.Api;

/// <summary>Portal-level reference data: owners and pipelines.</summary>
internal interface IHubSpotAccountApi
{
    [Get("/crm/v3/owners")]
    Task<HsOwnerPage> ListOwners(int limit, string? after, string? archived, CancellationToken cancellationToken);

    [Get("/crm/v3/pipelines/{objectType}")]
    Task<HsPipelineList> ListPipelines(string objectType, CancellationToken cancellationToken);
}
