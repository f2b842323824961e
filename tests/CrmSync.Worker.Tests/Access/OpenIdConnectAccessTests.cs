using System.Net;
using System.Web;
using CrmSync.Worker.Tests.EndToEnd;

namespace CrmSync.Worker.Tests.Access;

/// <summary>OpenID Connect against a local provider: the whole browser round trip, code flow with PKCE.</summary>
[Collection(HostCollection.Name)]
public sealed class OpenIdConnectAccessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Anonymous_IsRedirectedToTheAuthority_AfterSignIn_TheCookieIsServed_ReadOnly()
    {
        using var authority = new TestAuthority { Roles = ["crmsync-viewer"] };
        await using var session = await AccessSession.StartAsync(Settings(authority));
        using var http = AccessSession.Client();
        var jar = new CookieJar();

        using var challenge = await http.SendAsync(session.Remote(HttpMethod.Get, "/hangfire/recurring"), Ct);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith($"{authority.Issuer}/authorize", authorize.ToString(), StringComparison.Ordinal);
        var query = HttpUtility.ParseQueryString(authorize.Query);
        Assert.Equal(TestAuthority.ClientId, query["client_id"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        jar.Take(challenge);

        // The provider signs the user in and posts the code back to the callback (response_mode=form_post).
        authority.Nonce = query["nonce"];
        var callback = jar.Put(session.Remote(HttpMethod.Post, new Uri(query["redirect_uri"]!).AbsolutePath,
            new FormUrlEncodedContent([KeyValuePair.Create("code", "code-1"), KeyValuePair.Create("state", query["state"]!)])));
        using var signedIn = await http.SendAsync(callback, Ct);
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"the callback answered {(int)signedIn.StatusCode}: {await signedIn.Content.ReadAsStringAsync(Ct)}");
        Assert.EndsWith("/hangfire/recurring", signedIn.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, authority.TokenRequests);
        jar.Take(signedIn);

        using var page = await http.SendAsync(jar.Put(session.Remote(HttpMethod.Get, "/hangfire/recurring")), Ct);
        using var runs = await http.SendAsync(jar.Put(session.Remote(HttpMethod.Get, "/runs")), Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, runs.StatusCode);
        Assert.DoesNotContain("js-jobs-list-command", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // The signed-in read-only user reads the page, the APIs and the Prometheus scrape too; anonymous, each is a sign-in.
        foreach (var path in new[] { "/hangfire/crmsync", "/api/metrics?connector=sandbox&period=2026", "/api/connectors/health", "/metrics" })
        {
            using var served = await http.SendAsync(jar.Put(session.Remote(HttpMethod.Get, path)), Ct);
            Assert.True(served.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)served.StatusCode} to the signed-in user");
            using var anonymous = await http.SendAsync(session.Remote(HttpMethod.Get, path), Ct);
            Assert.True(anonymous.StatusCode == HttpStatusCode.Redirect, $"{path} answered {(int)anonymous.StatusCode} to an anonymous remote request");
            Assert.StartsWith($"{authority.Issuer}/authorize", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SignedInWithoutACrmSyncRole_IsForbidden()
    {
        using var authority = new TestAuthority { Roles = ["someone-else"] };
        await using var session = await AccessSession.StartAsync(Settings(authority));
        using var http = AccessSession.Client();
        var jar = new CookieJar();
        using var challenge = await http.SendAsync(session.Remote(HttpMethod.Get, "/runs"), Ct);
        jar.Take(challenge);
        var query = HttpUtility.ParseQueryString(challenge.Headers.Location!.Query);
        authority.Nonce = query["nonce"];
        using var signedIn = await http.SendAsync(jar.Put(session.Remote(HttpMethod.Post, new Uri(query["redirect_uri"]!).AbsolutePath,
            new FormUrlEncodedContent([KeyValuePair.Create("code", "code-1"), KeyValuePair.Create("state", query["state"]!)]))), Ct);
        jar.Take(signedIn);

        using var runs = await http.SendAsync(jar.Put(session.Remote(HttpMethod.Get, "/runs")), Ct);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, runs.StatusCode);
    }

    private static Dictionary<string, string?> Settings(TestAuthority authority) => new()
    {
        ["CrmSync:Access:Mode"] = "OpenIdConnect",
        ["CrmSync:Access:OpenIdConnect:Authority"] = authority.Issuer,
        ["CrmSync:Access:OpenIdConnect:ClientId"] = TestAuthority.ClientId,
        ["CrmSync:Access:OpenIdConnect:ClientSecret"] = "test-secret",
        ["CrmSync:Access:OpenIdConnect:RequireHttpsMetadata"] = "false",
    };
}
