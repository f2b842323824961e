namespace CrmSync.Sandbox.Salesforce.Http;

/// <param name="Template">Path under /services/data/vXX.X/ with {placeholders}, e.g. "sobjects/{type}/describe".</param>
/// <param name="IsRead">Reads may be answered with a truncated body by the fault injector; writes never are.</param>
internal sealed record SalesforceRoute(string Method, string Template, bool IsRead, Func<SalesforceCall, SalesforceResponse> Handler)
{
    public string[] Segments { get; } = Template.Split('/');

    /// <summary>Route key in stats and the request log: "GET /services/data/vXX.X/sobjects/{type}/describe".</summary>
    public string Key => $"{Method} /services/data/vXX.X/{Template}";
}
