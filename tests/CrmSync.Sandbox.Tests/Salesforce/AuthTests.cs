using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CrmSync.Sandbox.Salesforce;

namespace CrmSync.Sandbox.Tests.Salesforce;

public sealed class AuthTests : SalesforceTestBase
{
    private readonly RSA key = RSA.Create(2048);

    internal override bool Authenticate => false;

    internal override SalesforceOrgOptions CreateOptions()
    {
        var options = SalesforceClient.Options();
        options.JwtPublicKeyPem = key.ExportSubjectPublicKeyInfoPem();
        options.TokenLifetime = TimeSpan.FromHours(2);
        return options;
    }

    [Fact]
    public async Task ClientCredentials_GoodSecret_ReturnsTokenWithInstanceUrlOfTheFakeAndNoRefreshToken()
    {
        var result = await Org.TokenAsync($"grant_type=client_credentials&client_id={Org.Host.ClientId}&client_secret={Org.Host.ClientSecret}");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var json = result.Json;
        Assert.StartsWith(Org.State.OrgId[..15] + "!", json.GetProperty("access_token").GetString(), StringComparison.Ordinal);
        Assert.Equal(Org.Host.BaseUrl.ToString().TrimEnd('/'), json.GetProperty("instance_url").GetString());
        Assert.EndsWith($"/id/{Org.State.OrgId}/{Org.State.IntegrationUserId}", json.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("Bearer", json.GetProperty("token_type").GetString());
        Assert.Equal(Org.Clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), json.GetProperty("issued_at").GetString());
        Assert.True(json.TryGetProperty("signature", out _));
        Assert.False(json.TryGetProperty("refresh_token", out _));
    }

    [Theory]
    [InlineData("grant_type=client_credentials&client_id=3MVG9sandbox.crmsync.client&client_secret=wrong", "invalid_client")]
    [InlineData("grant_type=client_credentials&client_id=someone-else&client_secret=sandbox-client-secret", "invalid_client_id")]
    [InlineData("grant_type=password&username=a&password=b", "unsupported_grant_type")]
    [InlineData("grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=not-a-jwt", "invalid_grant")]
    public async Task Token_BadGrant_Returns400WithOAuthErrorBody(string form, string error)
    {
        var result = await Org.TokenAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(error, result.Json.GetProperty("error").GetString());
        Assert.False(string.IsNullOrEmpty(result.Json.GetProperty("error_description").GetString()));
        Assert.DoesNotContain("wrong", Org.State.RequestLog.Single().Body!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JwtBearer_SignedAssertion_ReturnsTokenWithoutRefreshTokenThatWorksForData()
    {
        var result = await Org.TokenAsync("grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=" + Jwt(Org.Host.ClientId, Org.State.Options.Username, 300));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.False(result.Json.TryGetProperty("refresh_token", out _));
        Assert.False(result.Json.TryGetProperty("signature", out _));
        Org.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", result.Json.GetProperty("access_token").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Org.GetAsync($"{SalesforceClient.Data}/limits")).Status);
        Assert.Contains("assertion=***", Org.State.RequestLog[0].Body!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("someone-else", 300, false, "invalid_client_id")]
    [InlineData(null, -60, false, "invalid_grant")]
    [InlineData(null, 300, true, "invalid_grant")]
    public async Task JwtBearer_WrongIssuerExpiredOrForgedAssertion_Returns400(string? issuer, int expiresIn, bool forge, string error)
    {
        var jwt = Jwt(issuer ?? Org.Host.ClientId, Org.State.Options.Username, expiresIn);
        if (forge)
        {
            using var other = RSA.Create(2048);
            jwt = Jwt(Org.Host.ClientId, Org.State.Options.Username, expiresIn, other);
        }

        var result = await Org.TokenAsync("grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=" + jwt);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(error, result.Json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task DataCall_ExpiredUnknownOrRevokedToken_Returns401InvalidSessionId()
    {
        await Org.AuthenticateAsync();
        Assert.Equal(HttpStatusCode.OK, (await Org.GetAsync($"{SalesforceClient.Data}/limits")).Status);

        Org.Clock.Advance(TimeSpan.FromHours(2));
        var expired = await Org.GetAsync($"{SalesforceClient.Data}/limits");
        await Org.AuthenticateAsync();
        Org.State.RevokeSessions();
        var revoked = await Org.GetAsync($"{SalesforceClient.Data}/sobjects");
        Org.Http.DefaultRequestHeaders.Authorization = null;
        var missing = await Org.GetAsync($"{SalesforceClient.Data}/sobjects");

        foreach (var result in new[] { expired, revoked, missing })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
            Assert.Equal("""[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]""", result.Body);
        }

        Assert.Equal(1, Org.State.ApiUsage);
    }

    private string Jwt(string issuer, string subject, int expiresInSeconds, RSA? signer = null)
    {
        static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var header = Encode(JsonSerializer.SerializeToUtf8Bytes(new { alg = "RS256" }));
        var exp = Org.Clock.GetUtcNow().AddSeconds(expiresInSeconds).ToUnixTimeSeconds();
        var payload = Encode(JsonSerializer.SerializeToUtf8Bytes(new { iss = issuer, sub = subject, aud = "https://login.salesforce.com", exp }));
        var signature = (signer ?? key).SignData(Encoding.ASCII.GetBytes($"{header}.{payload}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{payload}.{Encode(signature)}";
    }
}
