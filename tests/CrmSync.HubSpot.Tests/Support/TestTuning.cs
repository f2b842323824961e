namespace CrmSync.HubSpot.Tests.Support;

/// <summary>HubSpot's windows and back-offs shrunk so HTTP tests run in milliseconds.</summary>
internal static class TestTuning
{
    public static HubSpotTuning Fast { get; } = new()
    {
        BurstWindow = TimeSpan.FromMilliseconds(100),
        SearchWindow = TimeSpan.FromMilliseconds(10),
        WindowPad = TimeSpan.FromMilliseconds(5),
        RetryAfterPad = TimeSpan.FromMilliseconds(10),
        SecondlyRetryDelay = TimeSpan.FromMilliseconds(30),
        ServerErrorBaseDelay = TimeSpan.FromMilliseconds(10),
        LockedRetryDelay = TimeSpan.FromMilliseconds(20),
        BodyFaultDelay = TimeSpan.FromMilliseconds(10),
    };
}
