using Cronos;
using CrmSync.Worker.Jobs;

namespace CrmSync.Worker.Tests.Jobs;

public class ScheduleStaggerTests
{
    private static readonly DateTimeOffset TopOfHour = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static CronExpression Parse(string cron) =>
        CronExpression.Parse(cron, cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);

    /// <summary>Every occurrence of the staggered cron in [from, to).</summary>
    private static List<DateTimeOffset> Occurrences(string cron, DateTimeOffset from, DateTimeOffset to) =>
        [.. Parse(cron).GetOccurrences(from, to, TimeZoneInfo.Utc, fromInclusive: true, toInclusive: false)];

    [Fact]
    public void Apply_ThousandConnectorsOnTheHour_SpreadEvenlyOverTheFiveMinuteWindow()
    {
        var starts = Enumerable.Range(1, 1000)
            .Select(i => Occurrences(ScheduleStagger.Apply("0 * * * *", $"client_{i:D4}:pipeline", TimeSpan.FromMinutes(5)), TopOfHour, TopOfHour.AddHours(1)))
            .Select(o => Assert.Single(o) - TopOfHour)
            .ToList();

        Assert.All(starts, s => Assert.InRange(s, TimeSpan.Zero, TimeSpan.FromSeconds(299)));
        // 1,000 over 300 seconds: a thundering herd would put them all in one second; a fair hash fills most seconds
        // and no minute holds much more than its fifth.
        Assert.True(starts.Distinct().Count() >= 250, $"only {starts.Distinct().Count()} distinct start seconds");
        Assert.True(starts.CountBy(s => s).Max(g => g.Value) <= 12, "a single second holds too many starts");
        Assert.All(starts.CountBy(s => (int)s.TotalMinutes), minute => Assert.InRange(minute.Value, 150, 250));
        Assert.Equal(5, starts.Select(s => (int)s.TotalMinutes).Distinct().Count());
    }

    [Fact]
    public void Apply_EveryFiveMinutes_KeepsTwelveRunsAnHourEachInsideItsOwnSlot()
    {
        foreach (var i in Enumerable.Range(1, 300))
        {
            var cron = ScheduleStagger.Apply("*/5 * * * *", $"c{i}:sync", TimeSpan.FromMinutes(10));
            var runs = Occurrences(cron, TopOfHour, TopOfHour.AddHours(1));

            Assert.Equal(12, runs.Count);
            for (var slot = 0; slot < runs.Count; slot++)
                Assert.InRange(runs[slot], TopOfHour.AddMinutes(5 * slot), TopOfHour.AddMinutes((5 * slot) + 5).AddTicks(-1));
            // The same offset in every slot: the connector keeps its place.
            Assert.Single(runs.Select((r, slot) => r - TopOfHour.AddMinutes(5 * slot)).Distinct());
        }
    }

    [Theory]
    [InlineData("0 9 * * *", "01:00:00", 9, 60)]
    [InlineData("30 6 * * 1-5", "01:00:00", 6, 30)]
    [InlineData("@daily", "00:10:00", 0, 10)]
    public void Apply_DailyCron_StaysInTheHourItNamesAndFiresOnceADay(string cron, string spread, int hour, int windowMinutes)
    {
        var monday = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        foreach (var i in Enumerable.Range(1, 100))
        {
            var staggered = ScheduleStagger.Apply(cron, $"c{i}:pipeline", TimeSpan.Parse(spread, System.Globalization.CultureInfo.InvariantCulture));
            var runs = Occurrences(staggered, monday, monday.AddDays(1));

            var run = Assert.Single(runs);
            var scheduled = Assert.Single(Occurrences(cron.StartsWith('@') ? "0 0 * * *" : cron, monday, monday.AddDays(1)));
            Assert.Equal(hour, run.Hour);
            Assert.InRange(run - scheduled, TimeSpan.Zero, TimeSpan.FromMinutes(windowMinutes).Add(TimeSpan.FromSeconds(-1)));
        }
    }

    [Theory]
    [InlineData("0 * * * *", "00:00:00")]
    [InlineData("15 0 * * * *", "00:05:00")]
    [InlineData("@every_second", "00:05:00")]
    public void Apply_ZeroSpreadSixFieldsOrEverySecond_KeepsTheCron(string cron, string spread)
    {
        Assert.Equal(cron, ScheduleStagger.Apply(cron, "acme:pipeline", TimeSpan.Parse(spread, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Apply_EveryMinute_OffsetsOnlyTheSeconds()
    {
        var runs = Occurrences(ScheduleStagger.Apply("* * * * *", "acme:sync", TimeSpan.FromMinutes(5)), TopOfHour, TopOfHour.AddMinutes(10));

        Assert.Equal(10, runs.Count);
        Assert.Single(runs.Select(r => r.Second).Distinct());
    }

    [Fact]
    public void Offset_IsFnv1aOfTheKey_SoEveryReplicaAndEveryRestartAgrees()
    {
        // FNV-1a (64-bit) of "a" is 0xaf63dc4c8601ec8c; string.GetHashCode would differ from process to process.
        Assert.Equal(TimeSpan.FromSeconds(0xaf63dc4c8601ec8cUL % 3600), ScheduleStagger.Offset("a", TimeSpan.FromHours(1)));
    }

    [Theory]
    [InlineData("0", "00:05:00", 5)]
    [InlineData("30", "01:00:00", 30)]
    [InlineData("0,20,40", "01:00:00", 20)]
    [InlineData("*/15", "00:30:00", 15)]
    [InlineData("5/20", "01:00:00", 15)]
    [InlineData("0-10", "00:05:00", 1)]
    public void Window_IsTheSpreadCappedByTheGapAndTheEndOfTheHour(string minuteField, string spread, int expectedMinutes)
    {
        var cron = ScheduleStagger.Apply($"{minuteField} * * * *", "k", TimeSpan.Parse(spread, System.Globalization.CultureInfo.InvariantCulture));

        var runs = Occurrences(cron, TopOfHour, TopOfHour.AddHours(3));
        var plain = Occurrences($"{minuteField} * * * *", TopOfHour, TopOfHour.AddHours(3));
        Assert.Equal(plain.Count, runs.Count);
        Assert.All(runs.Zip(plain), p => Assert.InRange(p.First - p.Second, TimeSpan.Zero, TimeSpan.FromMinutes(expectedMinutes).Add(TimeSpan.FromSeconds(-1))));
    }
}
