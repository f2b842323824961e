namespace CrmSync.Salesforce.Auth;

/// <summary>An access token and the instance it is valid for. Never printed: <see cref="ToString"/> leaves the token out.</summary>
internal sealed class SalesforceSession(string accessToken, Uri instanceUrl)
{
    public string AccessToken { get; } = accessToken;

    public Uri InstanceUrl { get; } = instanceUrl;

    public override string ToString() => $"Salesforce session on {InstanceUrl}";
}
