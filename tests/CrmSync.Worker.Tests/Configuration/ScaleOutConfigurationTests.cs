namespace CrmSync.Worker.Tests.Configuration;

/// <summary>config check of the scale-out keys: a schedule's Spread, WorkerCount 0 (automatic) and JobInvisibilityTimeout.</summary>
public class ScaleOutConfigurationTests
{
    private static readonly (string, string?)[] Connector =
    [
        ("CrmSync:Connectors:acme:Kind", "HubSpot"),
        ("CrmSync:Connectors:acme:AccessToken", "pat-na1-secret"),
        ("CrmSync:Connectors:acme:Schedules:pipeline:Cron", "0 * * * *"),
    ];

    [Theory]
    [InlineData("-00:01:00")]
    [InlineData("01:00:01")]
    public void ConfigCheck_SpreadOutOfRange_ReportsTheScheduleKey(string spread)
    {
        var problems = TestServices.Check(TestServices.Config([.. Connector, ("CrmSync:Connectors:acme:Schedules:pipeline:Spread", spread)]));

        var problem = Assert.Single(problems);
        Assert.Equal("CrmSync:Connectors:acme:Schedules:pipeline:Spread", problem.Key);
        Assert.Equal($"must be between 00:00:00 and 01:00:00, got {spread}", problem.Message);
    }

    [Fact]
    public void ConfigCheck_SpreadNotADuration_ReportsTheKey()
    {
        var problems = TestServices.Check(TestServices.Config([.. Connector, ("CrmSync:Connectors:acme:Schedules:pipeline:Spread", "5m")]));

        Assert.Equal("CrmSync:Connectors:acme:Schedules:pipeline:Spread", Assert.Single(problems).Key);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("30")]
    public void ConfigCheck_WorkerCountZeroOrInRange_IsValid(string workers)
    {
        Assert.Empty(TestServices.Check(TestServices.Config([.. Connector, ("CrmSync:WorkerCount", workers)])));
    }

    [Fact]
    public void ConfigCheck_NegativeWorkerCount_ReportsTheKey()
    {
        var problem = Assert.Single(TestServices.Check(TestServices.Config([.. Connector, ("CrmSync:WorkerCount", "-1")])));

        Assert.Equal("CrmSync:WorkerCount", problem.Key);
    }

    [Fact]
    public void ConfigCheck_InvisibilityNotLongerThanTheLease_ReportsBothKeys()
    {
        var problems = TestServices.Check(TestServices.Config(
            [.. Connector, ("CrmSync:LeaseExpiry", "00:02:00"), ("CrmSync:JobInvisibilityTimeout", "00:01:00")]));

        var problem = Assert.Single(problems);
        Assert.Equal("CrmSync:JobInvisibilityTimeout", problem.Key);
        Assert.StartsWith("must be longer than CrmSync:LeaseExpiry (00:02:00), got 00:01:00", problem.Message);
    }

    [Theory]
    [InlineData("00:00:10")]
    [InlineData("03:00:00")]
    public void ConfigCheck_InvisibilityOutOfRange_ReportsTheRange(string timeout)
    {
        var problem = Assert.Single(TestServices.Check(TestServices.Config([.. Connector, ("CrmSync:JobInvisibilityTimeout", timeout)])));

        Assert.Equal("CrmSync:JobInvisibilityTimeout", problem.Key);
        Assert.Equal($"must be between 00:00:30 and 02:00:00, got {timeout}", problem.Message);
    }

    [Fact]
    public void ConfigCheck_ShortLeaseAndInvisibilityForAFastTakeover_IsValid()
    {
        Assert.Empty(TestServices.Check(TestServices.Config(
            [.. Connector, ("CrmSync:LeaseExpiry", "00:00:20"), ("CrmSync:JobInvisibilityTimeout", "00:01:00")])));
    }
}
