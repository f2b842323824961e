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
}
