using CrmSync.HubSpot.Wire;
using Refit;

namespace CrmSync.HubSpot.Api;

internal interface IHubSpotAssociationsApi
{
    [Post("/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/read")]
    Task<IApiResponse<HsAssociationBatchResponse>> BatchRead(
        string fromObjectType,
        string toObjectType,
        [Body] HsAssociationBatchReadRequest request,
        CancellationToken cancellationToken);

    /// <summary>The association types of a pair, at the path HubSpot's guides show.</summary>
    [Get("/crm/v4/associations/{fromObjectType}/{toObjectType}/labels")]
    Task<IApiResponse<HsAssociationLabelList>> Labels(string fromObjectType, string toObjectType, CancellationToken cancellationToken);

    /// <summary>The same at the path of HubSpot's OpenAPI spec (hubspot-api.md §8 path note).</summary>
    [Get("/crm/associations/v4/{fromObjectType}/{toObjectType}/labels")]
    Task<IApiResponse<HsAssociationLabelList>> LabelsAtSpecPath(string fromObjectType, string toObjectType, CancellationToken cancellationToken);
}
