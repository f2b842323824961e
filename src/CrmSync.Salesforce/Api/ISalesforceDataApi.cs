using System.Text.Json.Nodes;
using CrmSync.Salesforce.Http;
using CrmSync.Salesforce.Wire;
using Refit;

namespace CrmSync.Salesforce.Api;

/// <summary>
/// The REST data API on the org's instance host, which is known only after authentication: requests are built
/// against a placeholder host and <see cref="AccessTokenHandler"/> points them at the token's <c>instance_url</c>.
/// Every method carries its connector (<see cref="SalesforceHttp.ConnectorOptionName"/>), so one registered client
/// serves every Salesforce org in the process.
/// </summary>
internal interface ISalesforceDataApi
{
    [Get("/services/data/v{version}/query")]
    Task<SfQueryPage> Query(
        string version, string q, [Header(SalesforceHttp.QueryOptionsHeader)] string queryOptions,
        [Property(SalesforceHttp.ConnectorOptionName)] SalesforceConnectorContext connector, CancellationToken cancellationToken);

    /// <summary>Like <see cref="Query"/>, with the Recycle Bin's deleted and merged rows (<c>IsDeleted = true</c>).</summary>
    [Get("/services/data/v{version}/queryAll")]
    Task<SfQueryPage> QueryAll(
        string version, string q, [Header(SalesforceHttp.QueryOptionsHeader)] string queryOptions,
        [Property(SalesforceHttp.ConnectorOptionName)] SalesforceConnectorContext connector, CancellationToken cancellationToken);

    /// <summary>queryMore: <paramref name="path"/> is the answer's nextRecordsUrl without its leading slash.</summary>
    [Get("/{**path}")]
    Task<SfQueryPage> QueryMore(
        string path, [Header(SalesforceHttp.QueryOptionsHeader)] string queryOptions,
        [Property(SalesforceHttp.ConnectorOptionName)] SalesforceConnectorContext connector, CancellationToken cancellationToken);

    [Get("/services/data/v{version}/sobjects/{sObject}/describe")]
    Task<SfDescribe> Describe(
        string version, string sObject, [Property(SalesforceHttp.ConnectorOptionName)] SalesforceConnectorContext connector, CancellationToken cancellationToken);

    /// <summary>getDeleted: ids deleted in [start, end] (at most 15 days back; seconds are ignored).</summary>
    [Get("/services/data/v{version}/sobjects/{sObject}/deleted/")]
    Task<SfDeletedResult> GetDeleted(
        string version, string sObject, string start, string end,
        [Property(SalesforceHttp.ConnectorOptionName)] SalesforceConnectorContext connector, CancellationToken cancellationToken);

    /// <summary>sObject Collections update: 200 even when some records fail; results in request order.</summary>
    [Patch("/services/data/v{version}/composite/sobjects")]
    Task<IApiResponse<List<SfSaveResult>>> UpdateCollection(
        string version, [Body] SfCollectionRequest request,
        [Property(SalesforceHttp.ConnectorOptionName)] SalesforceConnectorContext connector, CancellationToken cancellationToken);

    /// <summary>A create is not idempotent: <paramref name="noRetry"/> keeps the HTTP pipeline from resending it.</summary>
    [Post("/services/data/v{version}/sobjects/{sObject}")]
    Task<IApiResponse<SfSaveResult>> Create(
        string version, string sObject, [Body] JsonObject record, [Property(SalesforceHttp.NoRetryOptionName)] bool noRetry,
        [Property(SalesforceHttp.ConnectorOptionName)] SalesforceConnectorContext connector, CancellationToken cancellationToken);

    /// <summary>Single-record update: 204 without a body.</summary>
    [Patch("/services/data/v{version}/sobjects/{sObject}/{id}")]
    Task<IApiResponse> Update(
        string version, string sObject, string id, [Body] JsonObject record,
        [Property(SalesforceHttp.ConnectorOptionName)] SalesforceConnectorContext connector, CancellationToken cancellationToken);
}
