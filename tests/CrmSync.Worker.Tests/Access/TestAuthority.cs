using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace CrmSync.Worker.Tests.Access;

/// <summary>
/// A local OpenID Connect provider on WireMock: discovery, JWKS with a fresh RSA key, and a token endpoint that
/// answers an authorization code with an id_token signed by that key, carrying the nonce of the sign-in it was asked
/// for and the roles the test gives.
/// </summary>
internal sealed class TestAuthority : IDisposable
{
    public const string ClientId = "crmsync-dashboard";
    private const string KeyId = "test-key";
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly WireMockServer _server = WireMockServer.Start();

    public TestAuthority()
    {
        var discovery = new
        {
            issuer = Issuer,
            authorization_endpoint = $"{Issuer}/authorize",
            token_endpoint = $"{Issuer}/token",
            jwks_uri = $"{Issuer}/jwks",
            response_types_supported = new[] { "code" },
            subject_types_supported = new[] { "public" },
            id_token_signing_alg_values_supported = new[] { "RS256" },
        };
        _server.Given(Request.Create().WithPath("/.well-known/openid-configuration").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(JsonSerializer.Serialize(discovery)));
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_rsa.ExportParameters(false)) { KeyId = KeyId });
        var jwks = new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = KeyId, n = jwk.N, e = jwk.E } } };
        _server.Given(Request.Create().WithPath("/jwks").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(JsonSerializer.Serialize(jwks)));
        _server.Given(Request.Create().WithPath("/token").UsingPost()).RespondWith(Response.Create().WithCallback(TokenResponse));
    }

    public string Issuer => _server.Url!;

    /// <summary>The nonce of the sign-in under way (read by the test from the authorize redirect).</summary>
    public string? Nonce { get; set; }

    public string[] Roles { get; set; } = [];

    /// <summary>How many codes were exchanged: the handler really called the provider's token endpoint.</summary>
    public int TokenRequests => _server.LogEntries.Count(e => e.RequestMessage.Path == "/token");

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
        _rsa.Dispose();
    }

    private ResponseMessage TokenResponse(IRequestMessage request)
    {
        var claims = new Dictionary<string, object> { ["sub"] = "user-1", ["name"] = "Ops User", ["nonce"] = Nonce ?? "", ["roles"] = Roles };
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            Claims = claims,
            Subject = new ClaimsIdentity(),
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
        var body = JsonSerializer.Serialize(new { access_token = "opaque", token_type = "Bearer", expires_in = 600, id_token = token });
        return new ResponseMessage
        {
            StatusCode = 200,
            Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
            BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String },
        };
    }
}
