using System.CommandLine;
using CrmSync.Worker.Cli;
using CrmSync.Worker.Tests.EndToEnd;

namespace CrmSync.Worker.Tests.Configuration;

/// <summary>
/// Auto-merge is not offered on Salesforce (issue 8): a Salesforce connector with <c>Dedupe:AutoMerge:Enabled</c> is
/// refused by <c>crmsync config check</c> and on start-up, naming the key; a HubSpot connector may still enable it.
/// </summary>
[Collection(HostCollection.Name)]
public class SalesforceAutoMergeConfigurationTests
{
    private const string AutoMergeKey = "CrmSync:Connectors:sf:Dedupe:AutoMerge:Enabled";

    /// <summary>A valid Salesforce connector <c>sf</c> (other configuration tests build on it).</summary>
    internal static readonly (string, string?)[] Salesforce =
    [
        ("CrmSync:Connectors:sf:Kind", "Salesforce"),
        ("CrmSync:Connectors:sf:LoginUrl", "https://acme.my.salesforce.com"),
        ("CrmSync:Connectors:sf:Auth:Flow", "ClientCredentials"),
        ("CrmSync:Connectors:sf:Auth:ClientId", "3MVG9connected.app"),
        ("CrmSync:Connectors:sf:Auth:ClientSecret", "sf-secret"),
    ];

    [Fact]
    public void Check_SalesforceWithAutoMerge_IsTheOneProblemAndNamesTheKey()
    {
        var problems = TestServices.Check(TestServices.Config([.. Salesforce, (AutoMergeKey, "true")]));

        var problem = Assert.Single(problems);
        Assert.Equal(AutoMergeKey, problem.Key);
        Assert.Contains("Salesforce connectors do not merge records", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("false")]
    [InlineData(null)]
    public void Check_SalesforceWithoutAutoMerge_IsValid(string? autoMerge)
    {
        Assert.Empty(TestServices.Check(TestServices.Config([.. Salesforce, (AutoMergeKey, autoMerge)])));
    }

    [Fact]
    public void Check_HubSpotWithAutoMerge_IsStillAccepted()
    {
        Assert.Empty(TestServices.Check(TestServices.ValidWith(("CrmSync:Connectors:acme:Dedupe:AutoMerge:Enabled", "true"))));
    }

    [Fact]
    public async Task ConfigCheckCommand_SalesforceWithAutoMerge_ExitsNonZeroNamingTheKey()
    {
        var file = Path.Combine(Path.GetTempPath(), $"crmsync-sf-automerge-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """
            {
              "CrmSync": {
                "Connectors": {
                  "sf": {
                    "Kind": "Salesforce",
                    "LoginUrl": "https://acme.my.salesforce.com",
                    "Auth": { "Flow": "ClientCredentials", "ClientId": "3MVG9connected.app", "ClientSecret": "sf-secret" },
                    "Dedupe": { "AutoMerge": { "Enabled": true } }
                  }
                }
              }
            }
            """, TestContext.Current.CancellationToken);
        var output = new StringWriter();
        try
        {
            var exit = await CrmSyncCommandLine.Build().Parse(["config", "check", "--config", file])
                .InvokeAsync(new InvocationConfiguration { Output = output, Error = output }, TestContext.Current.CancellationToken);

            Assert.NotEqual(0, exit);
            Assert.Contains($"error: {AutoMergeKey}: Salesforce connectors do not merge records", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("1 configuration problem(s)", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task HostStart_SalesforceWithAutoMerge_FailsNamingTheKeyBeforeOpeningTheStore()
    {
        var error = await HostStartChecks.RefusedAsync([.. Salesforce, (AutoMergeKey, "true")]);

        Assert.Contains($"{AutoMergeKey}: Salesforce connectors do not merge records", error.Message, StringComparison.Ordinal);
    }
}
