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
    public void CompletedWindow_SinceEqualsUntil_IsNotInProgress()
    {
        var parsed = PullCursor.Parse(PullCursor.CompletedWindow("deals", At).Serialize(), "deals")!;

        Assert.Equal(parsed.Since, parsed.Until);
        Assert.False(parsed.IsWindowInProgress);
        Assert.Null(parsed.LastId);
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
    public void Parse_ForeignCursor_ThrowsSayingWhy(string text, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => PullCursor.Parse(text, "deals"));

        Assert.Contains("'deals'", error.Message);
        Assert.Contains(reason, error.Message);
    }
}
