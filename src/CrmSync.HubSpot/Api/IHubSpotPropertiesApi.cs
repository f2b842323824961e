using CrmSync.HubSpot.Wire;
using Refit;

namespace CrmSync.HubSpot.Api;

/// <summary>Property and group creates are safe to retry: a duplicate answers 409, which means "exists".</summary>
internal interface IHubSpotPropertiesApi
{
    [Get("/crm/v3/properties/{objectType}")]
    Task<HsPropertyList> List(string objectType, CancellationToken cancellationToken);

    [Get("/crm/v3/properties/{objectType}/groups")]
    Task<HsPropertyGroupList> ListGroups(string objectType, CancellationToken cancellationToken);

    [Post("/crm/v3/properties/{objectType}/groups")]
    Task<IApiResponse<HsPropertyGroup>> CreateGroup(string objectType, [Body] HsPropertyGroup request, CancellationToken cancellationToken);

    [Post("/crm/v3/properties/{objectType}")]
    Task<IApiResponse<HsProperty>> Create(string objectType, [Body] HsPropertyCreate request, CancellationToken cancellationToken);
}
