using CrmSync.HubSpot.Http;
using CrmSync.HubSpot.Wire;
using Refit;

namespace CrmSync.HubSpot.Api;

/// <summary>
/// The objects family. <c>prefix</c> is <see cref="HubSpotConnectorOptions.ObjectsPathPrefix"/> without slashes, so the
/// classic (<c>crm/v3/objects</c>) and date-versioned (<c>crm/objects/2026-03</c>) paths both work.
/// </summary>
internal interface IHubSpotObjectsApi
{
    [Get("/{**prefix}/{objectType}")]
    Task<HsObjectPage> List(
        string prefix,
        string objectType,
        int limit,
        string? after,
        string? properties,
        string? propertiesWithHistory,
        string? associations,
        string? archived,
        CancellationToken cancellationToken);

    [Post("/{**prefix}/{objectType}/search")]
    Task<HsSearchPage> Search(string prefix, string objectType, [Body] HsSearchRequest request, CancellationToken cancellationToken);

    /// <summary>Missing ids come back as a 207 with errors, so the response is inspected rather than thrown.</summary>
    [Post("/{**prefix}/{objectType}/batch/read")]
    Task<IApiResponse<HsBatchResponse>> BatchRead(string prefix, string objectType, [Body] HsBatchReadRequest request, CancellationToken cancellationToken);

    [Post("/{**prefix}/{objectType}/batch/update")]
    Task<IApiResponse<HsBatchResponse>> BatchUpdate(string prefix, string objectType, [Body] HsBatchUpdateRequest request, CancellationToken cancellationToken);

    /// <summary>A create is not idempotent: <paramref name="noRetry"/> keeps the HTTP pipeline from resending it.</summary>
    [Post("/{**prefix}/{objectType}")]
    Task<IApiResponse<HsObject>> Create(
        string prefix,
        string objectType,
        [Body] HsObjectCreate request,
        [Property(HubSpotHttp.NoRetryOptionName)] bool noRetry,
        CancellationToken cancellationToken);

    /// <summary>Sets properties of one object; the same PATCH again sets the same values, so it may be retried.</summary>
    [Patch("/{**prefix}/{objectType}/{id}")]
    Task<IApiResponse<HsObject>> Update(string prefix, string objectType, string id, [Body] HsObjectUpdate request, CancellationToken cancellationToken);

    /// <summary>A merge cannot be undone or repeated: sent once (<paramref name="noRetry"/>).</summary>
    [Post("/{**prefix}/{objectType}/merge")]
    Task<IApiResponse<HsObject>> Merge(
        string prefix,
        string objectType,
        [Body] HsMergeRequest request,
        [Property(HubSpotHttp.NoRetryOptionName)] bool noRetry,
        CancellationToken cancellationToken);
}
