using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CrmSync.Salesforce.Auth;

/// <summary>
/// The JWT bearer assertion (salesforce-api.md §2.1): RS256, <c>iss</c> = consumer key, <c>sub</c> = username,
/// <c>aud</c> = the login host, <c>exp</c> a few minutes ahead. A new one is signed for every token request.
/// </summary>
internal sealed class JwtAssertionFactory(RSA key, string clientId, string username, string audience, TimeProvider time, TimeSpan lifetime)
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SigningCredentials _credentials = new(new RsaSecurityKey(key), SecurityAlgorithms.RsaSha256);

    public string Create()
    {
        var now = time.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = clientId,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, username)]),
            IssuedAt = now,
            Expires = now + lifetime,
            SigningCredentials = _credentials,
        });
    }

    /// <summary>The audience Salesforce expects: test.salesforce.com for sandboxes logging in there, else login.salesforce.com.</summary>
    public static string DefaultAudience(Uri loginUri) =>
        loginUri.Host.Equals("test.salesforce.com", StringComparison.OrdinalIgnoreCase) || loginUri.Host.EndsWith(".sandbox.my.salesforce.com", StringComparison.OrdinalIgnoreCase)
            ? "https://test.salesforce.com"
            : "https://login.salesforce.com";
}
