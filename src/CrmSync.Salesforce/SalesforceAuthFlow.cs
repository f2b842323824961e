namespace CrmSync.Salesforce;

/// <summary>How the connector gets its access token (salesforce-api.md §2).</summary>
public enum SalesforceAuthFlow
{
    /// <summary>OAuth 2.0 JWT bearer: an RS256 assertion signed with the connected app's private key; no refresh token.</summary>
    JwtBearer,

    /// <summary>OAuth 2.0 client credentials against the org's My Domain, running as the connected app's integration user.</summary>
    ClientCredentials,
}
