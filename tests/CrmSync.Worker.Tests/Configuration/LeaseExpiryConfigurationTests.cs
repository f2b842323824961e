using CrmSync.Worker.Tests.EndToEnd;

namespace CrmSync.Worker.Tests.Configuration;

[Collection(HostCollection.Name)]
public class LeaseExpiryConfigurationTests
{
    private static readonly (string, string?)[] Connector =
    [
        ("CrmSync:Connectors:acme:Kind", "HubSpot"),
        ("CrmSync:Connectors:acme:AccessToken", "pat-na1-secret"),
    ];

    [Theory]
    [InlineData("00:00:05")]
    [InlineData("02:00:00")]
    public void ConfigCheck_LeaseExpiryOutOfRange_ReportsTheKeyAndTheRange(string expiry)
    {
        var problems = TestServices.Check(TestServices.Config([.. Connector, ("CrmSync:LeaseExpiry", expiry)]));

        var problem = Assert.Single(problems);
        Assert.Equal("CrmSync:LeaseExpiry", problem.Key);
        Assert.Equal($"must be between 00:00:10 and 01:00:00, got {expiry}", problem.Message);
    }

    [Fact]
    public void ConfigCheck_DefaultLeaseExpiry_IsValid()
    {
        Assert.Empty(TestServices.Check(TestServices.Config(Connector)));
    }

    [Fact]
    public void ConfigCheck_JobOfOneConnector_AlsoChecksTheLeaseExpiry()
    {
        var config = TestServices.Config([.. Connector, ("CrmSync:LeaseExpiry", "00:00:01")]);

        var problems = TestServices.Checker(config).CheckConnector(config, config.GetSection("CrmSync:Connectors:acme"));

        Assert.Equal("CrmSync:LeaseExpiry", Assert.Single(problems).Key);
    }

    [Fact]
    public async Task HostStart_LeaseExpiryOutOfRange_FailsNamingTheKey()
    {
        var error = await HostStartChecks.RefusedAsync([.. Connector, ("CrmSync:LeaseExpiry", "00:00:03")]);

        Assert.Contains("CrmSync:LeaseExpiry: must be between 00:00:10 and 01:00:00, got 00:00:03", error.Message);
    }
}
