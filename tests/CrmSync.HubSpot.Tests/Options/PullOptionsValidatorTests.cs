namespace CrmSync.HubSpot.Tests.Options;

/// <summary>The keys for HubSpot's odd behaviours: search index lag, association-only changes, the shared daily budget.</summary>
public sealed class PullOptionsValidatorTests
{
    private const string Prefix = "CrmSync:Connectors:acme";

    private static IReadOnlyList<string> Validate(Action<HubSpotConnectorOptions> change)
    {
        var options = new HubSpotConnectorOptions { AccessToken = "pat-na1-x" };
        change(options);
        return HubSpotConnectorOptionsValidator.Validate(Prefix, options);
    }

    [Fact]
    public void Validate_Defaults_AreFifteenMinutesLagHourlyRefreshAndTenThousandReserve()
    {
        var options = new HubSpotConnectorOptions();

        Assert.Equal((TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), 10_000L), (options.IndexLag, options.AssociationRefreshInterval, options.RateLimit.DailyReserve));
        Assert.Empty(Validate(_ => { }));
    }

    [Theory]
    [InlineData("-00:00:01")]
    [InlineData("1.00:00:01")]
    public void Validate_IndexLagOutOfRange_NamesTheFullKey(string lag) =>
        Assert.Equal([$"{Prefix}:IndexLag: must be between 00:00:00 and 1.00:00:00"], Validate(o => o.IndexLag = TimeSpan.Parse(lag, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("00:00:30")]
    [InlineData("-00:01:00")]
    [InlineData("7.00:00:01")]
    public void Validate_AssociationRefreshIntervalOutOfRange_NamesTheFullKey(string interval) =>
        Assert.Equal(
            [$"{Prefix}:AssociationRefreshInterval: must be 00:00:00 (off) or between 00:01:00 and 7.00:00:00"],
            Validate(o => o.AssociationRefreshInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("00:01:00")]
    [InlineData("7.00:00:00")]
    public void Validate_AssociationRefreshIntervalOffOrInRange_IsAccepted(string interval) =>
        Assert.Empty(Validate(o => o.AssociationRefreshInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(-1)]
    [InlineData(3_000_001)]
    public void Validate_DailyReserveOutOfRange_NamesTheFullKey(long reserve) =>
        Assert.Equal([$"{Prefix}:RateLimit:DailyReserve: must be between 0 and 3000000"], Validate(o => o.RateLimit.DailyReserve = reserve));
}
