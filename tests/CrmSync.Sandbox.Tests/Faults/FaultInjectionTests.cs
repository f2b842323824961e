using System.Net;
using System.Text.Json;
using CrmSync.Sandbox.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CrmSync.Sandbox.Tests.Faults;

public sealed class FaultInjectionTests
{
    [Fact]
    public async Task Patch_FaultRateOne_Answers5xxAndChangesNothing()
    {
        var options = SandboxClient.Options(records: 50);
        options.FaultRate = 1;
        await using var api = await SandboxClient.StartAsync(options);
        var before = api.State.GetPropertyValue("contacts", Ids.Contact(1), "jobtitle");

        var results = new List<ApiResult>();
        for (var i = 0; i < 8; i++)
        {
            results.Add(await api.PatchAsync($"/crm/v3/objects/contacts/{Ids.Contact(1)}", """{"properties":{"jobtitle":"Changed"}}"""));
        }

        Assert.All(results, r => Assert.InRange((int)r.Status, 500, 504));
        Assert.True(results.Select(r => r.Status).Distinct().Count() > 1, "expected a mix of 5xx statuses");
        Assert.Equal(before, api.State.GetPropertyValue("contacts", Ids.Contact(1), "jobtitle"));
        Assert.Equal(8, api.Host.Stats.ServerErrorCount);
    }

    [Fact]
    public async Task Get_MalformedRateOne_Answers200WithTruncatedJsonButWritesStayIntact()
    {
        var options = SandboxClient.Options(records: 50);
        options.MalformedRate = 1;
        await using var api = await SandboxClient.StartAsync(options);

        var read = await api.GetAsync("/crm/v3/objects/contacts?limit=5");
        var write = await api.PatchAsync($"/crm/v3/objects/contacts/{Ids.Contact(2)}", """{"properties":{"jobtitle":"Changed"}}""");

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.ThrowsAny<JsonException>(() => read.Json);
        Assert.Equal(HttpStatusCode.OK, write.Status);
        Assert.Equal("Changed", write.Json.GetProperty("properties").GetProperty("jobtitle").GetString());
        Assert.Equal(1, api.Host.Stats.MalformedCount);
    }

    [Fact]
    public async Task Get_SameSeed_MeetsTheSameFaultSequence()
    {
        var first = await Statuses(seed: 11);
        var second = await Statuses(seed: 11);

        Assert.Equal(first, second);
        Assert.Contains(first, s => s == HttpStatusCode.OK);
        Assert.Contains(first, s => (int)s >= 500);
    }

    [Fact]
    public async Task Get_Latency_CompletesOnlyAfterTheClockAdvancesThatFar()
    {
        var clock = new FakeTimeProvider(SandboxClient.Start);
        var options = SandboxClient.Options(records: 20, clock: clock);
        options.Latency = TimeSpan.FromMinutes(5);
        await using var api = await SandboxClient.StartAsync(options);

        var request = api.GetAsync("/crm/v3/objects/contacts");
        var advanced = TimeSpan.Zero;
        while (!request.IsCompleted)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            advanced += TimeSpan.FromMinutes(1);
            await Task.WhenAny(request, Task.Delay(20, TestContext.Current.CancellationToken));
        }

        Assert.Equal(HttpStatusCode.OK, (await request).Status);
        Assert.True(advanced >= TimeSpan.FromMinutes(5), $"completed after only {advanced} of fake time");
    }

    private static async Task<List<HttpStatusCode>> Statuses(int seed)
    {
        var options = SandboxClient.Options(records: 30);
        options.Seed = seed;
        options.FaultRate = 0.3;
        await using var api = await SandboxClient.StartAsync(options);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++)
        {
            statuses.Add((await api.GetAsync("/crm/v3/objects/contacts?limit=1")).Status);
        }

        return statuses;
    }
}
