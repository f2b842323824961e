using CrmSync.Sandbox.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CrmSync.Sandbox.Tests.Seeding;

public sealed class SeedDeterminismTests
{
    [Fact]
    public void Create_SameSeedAndClock_GeneratesIdenticalData()
    {
        var first = Create(seed: 7);
        var second = Create(seed: 7);

        foreach (var (type, count) in new[] { ("contacts", 500), ("companies", 50), ("deals", 100) })
        {
            var ids = Enumerable.Range(1, count).Select(i => Id(type, i)).ToList();
            Assert.All(ids, id => Assert.Equal(first.GetRecord(type, id), second.GetRecord(type, id), SnapshotComparer.Instance));
        }

        Assert.Equal(first.PlantedDuplicates, second.PlantedDuplicates);
        Assert.Equal(first.GetHistory("deals", Id("deals", 17), "dealstage"), second.GetHistory("deals", Id("deals", 17), "dealstage"));
    }

    [Fact]
    public void Create_DifferentSeed_GeneratesDifferentData()
    {
        var first = Create(seed: 7);
        var second = Create(seed: 8);

        var differing = Enumerable.Range(1, 100).Count(i => first.GetPropertyValue("contacts", Id("contacts", i), "email") != second.GetPropertyValue("contacts", Id("contacts", i), "email"));
        Assert.True(differing > 90, $"only {differing} of 100 emails differ");
    }

    [Fact]
    public void Create_RecordCounts_FollowTheRecordsOption()
    {
        var state = Create(seed: 1, records: 500);

        Assert.Equal((500, 50, 100, 0), (state.Count("contacts"), state.Count("companies"), state.Count("deals"), state.Count("tasks")));
        Assert.Equal((10, 20), (Create(seed: 1, records: 5).Count("companies"), Create(seed: 1, records: 5).Count("deals")));
    }

    [Fact]
    public void Create_Timestamps_AreRelativeToTheClockAndModifiedWithinNinetyDays()
    {
        var state = Create(seed: 3);

        Assert.Equal(SandboxClient.Start, state.SeededAt);
        Assert.All(Enumerable.Range(1, 500).Select(i => state.GetRecord("contacts", Id("contacts", i))!), c =>
        {
            Assert.InRange(state.SeededAt - c.UpdatedAt, TimeSpan.Zero, TimeSpan.FromDays(90));
            Assert.True(c.CreatedAt < c.UpdatedAt);
        });
    }

    [Fact]
    public void Create_InvalidOptions_ThrowsNamingEveryBadOption()
    {
        var options = new SandboxOptions { Records = 0, FaultRate = 2, AccessToken = " " };

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => SandboxState.Create(options));

        Assert.Contains("Sandbox:Records", error.Message);
        Assert.Contains("Sandbox:FaultRate", error.Message);
        Assert.Contains("Sandbox:AccessToken", error.Message);
    }

    private static SandboxState Create(int seed, int records = 500) =>
        SandboxState.Create(new SandboxOptions { Seed = seed, Records = records, TimeProvider = new FakeTimeProvider(SandboxClient.Start) });

    private static string Id(string type, int n) => type switch
    {
        "contacts" => Ids.Contact(n),
        "companies" => Ids.Company(n),
        _ => Ids.Deal(n),
    };

    private sealed class SnapshotComparer : IEqualityComparer<SandboxRecordSnapshot?>
    {
        public static readonly SnapshotComparer Instance = new();

        public bool Equals(SandboxRecordSnapshot? x, SandboxRecordSnapshot? y) =>
            x is not null && y is not null && x with { Properties = y.Properties } == y
            && x.Properties.Count == y.Properties.Count && x.Properties.All(p => y.Properties.TryGetValue(p.Key, out var v) && v == p.Value);

        public int GetHashCode(SandboxRecordSnapshot? obj) => obj?.Id.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
