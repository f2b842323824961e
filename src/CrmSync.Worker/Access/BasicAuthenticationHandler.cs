using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CrmSync.Worker.Access;

/// <summary>
/// HTTP basic authentication against <c>CrmSync:Access:Basic:Users</c>: the password is checked against the user's
/// PBKDF2 hash; the user gets the role configured for it. A challenge is a 401 with <c>WWW-Authenticate: Basic</c>.
/// </summary>
public sealed class BasicAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    IOptionsMonitor<AccessOptions> access,
    ILoggerFactory logger,
    UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Basic";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, SchemeName, StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        string credentials;
        try
        {
            credentials = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return Task.FromResult(AuthenticateResult.Fail("the basic credentials are not base64"));
        }

        var colon = credentials.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? credentials : credentials[..colon];
        var password = colon < 0 ? "" : credentials[(colon + 1)..];
        // The same work whether or not the user exists, so timing does not tell which names are configured.
        var user = access.CurrentValue.Basic.Users.GetValueOrDefault(name);
        var verified = PasswordHashes.Verify(user?.PasswordHash ?? UnknownUserHash, password);
        if (user is null || !verified)
            return Task.FromResult(AuthenticateResult.Fail("unknown user or wrong password"));

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, AccessClaims.RoleName(user.Role))], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Basic realm=\"CrmSync\", charset=\"UTF-8\"";
        return Task.CompletedTask;
    }

    private static readonly string UnknownUserHash = PasswordHashes.Hash(Guid.NewGuid().ToString());
}
