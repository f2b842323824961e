using CrmSync.Worker.Access;
using CrmSync.Worker.Cli;
using CrmSync.Worker.Tests.Configuration;

namespace CrmSync.Worker.Tests.Access;

public sealed class AccessConfigCheckTests
{
    [Fact]
    public async Task ConfigCheck_BadAccessSettings_NamesEachKey()
    {
        var (exit, text) = await ConfigCheckCommandTests.CheckAsync("""
            {
              "CrmSync": {
                "ShutdownTimeout": "00:00:01",
                "Access": {
                  "Mode": "Basic",
                  "KnownProxies": [ "proxy.local" ],
                  "KnownNetworks": [ "10.0.0.0/33" ],
                  "Basic": { "Users": { "ops": { "PasswordHash": "hunter2", "Role": "Root" } } },
                  "OpenIdConnect": { "Authorty": "https://login.example.com" }
                },
                "Connectors": { "acme": { "Kind": "HubSpot", "AccessToken": "pat-x" } }
              }
            }
            """);

        Assert.NotEqual(0, exit);
        Assert.Contains("error: CrmSync:ShutdownTimeout: must be between", text, StringComparison.Ordinal);
        Assert.Contains("error: CrmSync:Access:KnownProxies:0: must be an IP address, got 'proxy.local'", text, StringComparison.Ordinal);
        Assert.Contains("error: CrmSync:Access:KnownNetworks:0: must be a network in CIDR notation", text, StringComparison.Ordinal);
        Assert.Contains("error: CrmSync:Access:Basic:Users:ops:PasswordHash: is not a password hash made by `crmsync hash-password`", text, StringComparison.Ordinal);
        Assert.Contains("error: CrmSync:Access:Basic:Users:ops:Role: must be one of ReadOnly, Admin, got 'Root'", text, StringComparison.Ordinal);
        Assert.Contains("error: CrmSync:Access:OpenIdConnect:Authorty: unknown key", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigCheck_OpenIdConnectWithoutAuthorityOrClient_NamesBoth()
    {
        var (exit, text) = await ConfigCheckCommandTests.CheckAsync("""
            { "CrmSync": { "Access": { "Mode": "OpenIdConnect" }, "Connectors": { "acme": { "Kind": "HubSpot", "AccessToken": "pat-x" } } } }
            """);

        Assert.NotEqual(0, exit);
        Assert.Contains("error: CrmSync:Access:OpenIdConnect:Authority: must be the provider's absolute URL", text, StringComparison.Ordinal);
        Assert.Contains("error: CrmSync:Access:OpenIdConnect:ClientId: missing", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HashPassword_ReadsStandardInput_PrintsAHashThatVerifies()
    {
        var output = new StringWriter();
        var input = Console.In;
        Console.SetIn(new StringReader("s3cret pass\n"));
        try
        {
            var exit = await CrmSyncCommandLine.Build().Parse(["hash-password"])
                .InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output, Error = output }, TestContext.Current.CancellationToken);
            Assert.Equal(0, exit);
        }
        finally
        {
            Console.SetIn(input);
        }

        var hash = output.ToString().Trim();
        Assert.True(PasswordHashes.IsHash(hash), hash);
        Assert.True(PasswordHashes.Verify(hash, "s3cret pass"));
        Assert.False(PasswordHashes.Verify(hash, "s3cret pas"));
        Assert.DoesNotContain("s3cret", hash, StringComparison.Ordinal);
    }
}
