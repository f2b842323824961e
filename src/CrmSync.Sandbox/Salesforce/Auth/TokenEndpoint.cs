using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CrmSync.Sandbox.Salesforce.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CrmSync.Sandbox.Salesforce.Auth;

/// <summary>
/// POST /services/oauth2/token for the JWT bearer and client-credentials flows (salesforce-api.md §2). The answer's
/// instance_url is the fake itself (or <see cref="SalesforceOrgOptions.InstanceUrl"/> when set); neither flow returns a refresh_token.
/// </summary>
internal static class TokenEndpoint
{
    public const string Path = "/services/oauth2/token";
    private const string JwtGrant = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    public static SalesforceResponse Handle(SalesforceOrgState org, string formBody, string baseUrl)
    {
        var form = QueryHelpers.ParseQuery("?" + formBody);
        string? Field(string name) => form.TryGetValue(name, out var value) ? value.ToString() : null;
        var options = org.Options;
        var now = org.Store.NowMs;
        switch (Field("grant_type"))
        {
            case "client_credentials":
                if (Field("client_id") != options.ClientId)
                {
                    return OAuthError("invalid_client_id", "client identifier invalid");
                }

                if (!FixedEquals(Field("client_secret"), options.ClientSecret))
                {
                    return OAuthError("invalid_client", "invalid client credentials");
                }

                return Token(org, baseUrl, now, withSignature: true);
            case JwtGrant:
                return JwtAssertion.Check(Field("assertion"), options, baseUrl, now) is { } failure
                    ? OAuthError(failure.Error, failure.Description)
                    : Token(org, baseUrl, now, withSignature: false);
            default:
                return OAuthError("unsupported_grant_type", "grant type not supported");
        }
    }

    /// <summary>The form body with secrets and assertions masked, for the request log.</summary>
    public static string Redact(string formBody)
    {
        var form = QueryHelpers.ParseQuery("?" + formBody);
        return string.Join('&', form.Select(p => $"{p.Key}={(p.Key is "client_secret" or "assertion" or "password" or "refresh_token" ? "***" : p.Value.ToString())}"));
    }

    private static SalesforceResponse Token(SalesforceOrgState org, string baseUrl, long now, bool withSignature)
    {
        var token = org.Tokens.Issue(now);
        var id = $"{baseUrl}/id/{org.Store.OrgId}/{org.Store.IntegrationUserId}";
        var issuedAt = now.ToString(CultureInfo.InvariantCulture);
        return SalesforceJson.Response(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("access_token", token);
            if (withSignature)
            {
                var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(org.Options.ClientSecret), Encoding.UTF8.GetBytes(id + issuedAt));
                w.WriteString("signature", Convert.ToBase64String(signature));
            }

            w.WriteString("scope", "api");
            w.WriteString("instance_url", org.Options.InstanceUrl is { } instance ? instance.GetLeftPart(UriPartial.Authority) : baseUrl);
            w.WriteString("id", id);
            w.WriteString("token_type", "Bearer");
            w.WriteString("issued_at", issuedAt);
            w.WriteEndObject();
        });
    }

    private static SalesforceResponse OAuthError(string error, string description) => SalesforceJson.Response(400, w =>
    {
        w.WriteStartObject();
        w.WriteString("error", error);
        w.WriteString("error_description", description);
        w.WriteEndObject();
    });

    private static bool FixedEquals(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
