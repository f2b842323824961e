using CrmSync.HubSpot.Pull;

namespace CrmSync.HubSpot.Tests.Pull;

public sealed class PullCursorTests
{
    private static readonly DateTimeOffset At = new(2024, 7, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Serialize_WindowInProgress_RoundTrips()
    {
        var cursor = new PullCursor { Type = "deals", Kind = PullCursor.SearchKind, Since = At, Until = At.AddHours(1), LastId = "48210" };

        var parsed = PullCursor.Parse(cursor.Serialize(), "deals");

        Assert.Equal(cursor, parsed);
        Assert.True(parsed!.IsWindowInProgress);
    }

    [Fact]
    public void CompletedList_SinceEqualsUntil_IsNotInProgressAndCountsAsAnAssociationRefresh()
    {
        var parsed = PullCursor.Parse(PullCursor.CompletedList("deals", At).Serialize(), "deals")!;

        Assert.Equal(parsed.Since, parsed.Until);
        Assert.False(parsed.IsWindowInProgress);
        Assert.False(parsed.IsRefreshInProgress);
        Assert.Null(parsed.LastId);
        Assert.Equal(At, parsed.AssociationsRefreshedAt);
    }

    [Fact]
    public void Refresh_StartedThenCompleted_RoundTripsAndRecordsItsStart()
    {
        var window = new PullCursor { Type = "deals", Kind = PullCursor.SearchKind, Since = At, Until = At.AddHours(1), LastId = "7" };

        var refreshing = PullCursor.Parse((window.Completed().StartRefresh(At.AddHours(2)) with { After = "NTEz" }).Serialize(), "deals")!;
        var done = refreshing.CompletedRefresh();

        Assert.True(refreshing.IsRefreshInProgress);
        Assert.False(refreshing.IsWindowInProgress);
        Assert.Equal((At.AddHours(1), At.AddHours(1), "NTEz"), (refreshing.Since!.Value, refreshing.Until!.Value, refreshing.After));
        Assert.False(done.IsRefreshInProgress);
        Assert.Equal(At.AddHours(2), done.AssociationsRefreshedAt);
        Assert.Null(done.After);
    }

    [Fact]
    public void Parse_NullOrEmpty_MeansFirstPull()
    {
        Assert.Null(PullCursor.Parse(null, "deals"));
        Assert.Null(PullCursor.Parse(" ", "deals"));
    }

    [Theory]
    [InlineData("not json", "cannot be read")]
    [InlineData("""{"v":2,"type":"deals","kind":"search","since":"2024-07-01T10:00:00Z","until":"2024-07-01T10:00:00Z"}""", "version 2")]
    [InlineData("""{"v":1,"type":"deals","kind":"list","phase":"live"}""", "list state is incomplete")]
    [InlineData("""{"v":1,"type":"deals","kind":"search","since":"2024-07-01T10:00:00Z"}""", "window is incomplete")]
    [InlineData("""{"v":1,"type":"deals","kind":"other"}""", "kind 'other'")]
    [InlineData("""{"v":1,"type":"deals","kind":"search","phase":"associations","since":"2024-07-01T10:00:00Z","until":"2024-07-01T10:00:00Z"}""", "refresh is incomplete")]
    [InlineData("""{"v":1,"type":"deals","kind":"search","phase":"live","since":"2024-07-01T10:00:00Z","until":"2024-07-01T10:00:00Z"}""", "phase 'live'")]
    public void Parse_ForeignCursor_ThrowsSayingWhy(string text, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => PullCursor.Parse(text, "deals"));

        Assert.Contains("'deals'", error.Message);
        Assert.Contains(reason, error.Message);
    }
}
