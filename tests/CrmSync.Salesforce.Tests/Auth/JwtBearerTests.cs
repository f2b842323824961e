using System.Security.Cryptography;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Salesforce.Tests.Support;

namespace CrmSync.Salesforce.Tests.Auth;

/// <summary>The JWT bearer flow against the fake org checking signatures with the connected app's public key.</summary>
public class JwtBearerTests
{
    [Fact]
    public async Task JwtBearer_WithAPemKeyFileOrAnEnvironmentVariable_AuthenticatesAndPulls()
    {
        using var rsa = RSA.Create(2048);
        await using var org = await SalesforceTestConnector.StartOrgAsync(configure: o => o.JwtPublicKeyPem = rsa.ExportSubjectPublicKeyInfoPem());
        var path = Path.Combine(Path.GetTempPath(), $"crmsync-jwt-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(path, rsa.ExportPkcs8PrivateKeyPem(), TestContext.Current.CancellationToken);
        var variable = $"CRMSYNC_TEST_JWT_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, PemEncoding.WriteString("RSA PRIVATE KEY", rsa.ExportRSAPrivateKey()));
        try
        {
            foreach (var (file, env) in new[] { (path, (string?)null), (null, variable) })
            {
                var options = SalesforceTestConnector.For(org);
                options.Auth = new SalesforceAuthOptions
                {
                    Flow = SalesforceAuthFlow.JwtBearer, ClientId = org.ClientId, Username = org.State.Options.Username,
                    PrivateKeyPath = file, PrivateKeyEnvironmentVariable = env,
                };
                var connector = SalesforceTestConnector.Create(options);
                var owners = await connector.GetOwnersAsync(TestContext.Current.CancellationToken);
                Assert.NotEmpty(owners);
            }
        }
        finally
        {
            File.Delete(path);
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task JwtBearer_SignedWithAnotherKey_IsRefusedAsAuthentication()
    {
        using var appKey = RSA.Create(2048);
        using var otherKey = RSA.Create(2048);
        await using var org = await SalesforceTestConnector.StartOrgAsync(configure: o => o.JwtPublicKeyPem = appKey.ExportSubjectPublicKeyInfoPem());
        var variable = $"CRMSYNC_TEST_JWT_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, otherKey.ExportPkcs8PrivateKeyPem());
        try
        {
            var options = SalesforceTestConnector.For(org);
            options.Auth = new SalesforceAuthOptions { Flow = SalesforceAuthFlow.JwtBearer, ClientId = org.ClientId, Username = org.State.Options.Username, PrivateKeyEnvironmentVariable = variable };
            var connector = SalesforceTestConnector.Create(options);

            var e = await Assert.ThrowsAsync<CrmConnectorException>(() => SalesforceTestConnector.PullAllAsync(connector, new(CrmObjectTypes.Contacts, PullMode.Full, null, [], [], [])));

            Assert.Equal(CrmFailureKind.Authentication, e.Kind);
            Assert.Contains("invalid_grant", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("PRIVATE KEY", e.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task RevokedSession_IsRenewedOnce_AndTheCallReplayed()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync();
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));
        var ct = TestContext.Current.CancellationToken;
        await connector.GetOwnersAsync(ct);
        org.State.RevokeSessions();

        var owners = await connector.GetOwnersAsync(ct);

        Assert.NotEmpty(owners);
        Assert.Equal(2, org.State.FindRequests("POST", "/services/oauth2/token").Count);
    }
}
