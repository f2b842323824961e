using System.Net;
using CrmSync.Sandbox.Tests.Infrastructure;

namespace CrmSync.Sandbox.Tests.Hosting;

public sealed class ConcurrencyTests : SandboxTestBase
{
    [Fact]
    public async Task ConcurrentWritesAndReads_AllSucceedWithDistinctMonotonicIds()
    {
        var creates = Enumerable.Range(0, 40).Select(i => Api.PostAsync("/crm/v3/objects/tasks",
            $$"""{"properties":{"hs_timestamp":"1742461200000","hs_task_subject":"t{{i}}"},"associations":[]}"""));
        var updates = Enumerable.Range(1, 40).Select(i => Api.PatchAsync($"/crm/v3/objects/contacts/{Ids.Contact(i)}", """{"properties":{"jobtitle":"Parallel"}}"""));
        var reads = Enumerable.Range(0, 40).Select(_ => Api.GetAsync("/crm/v3/objects/contacts?limit=100"));

        var results = await Task.WhenAll(creates.Concat(updates).Concat(reads));

        Assert.All(results, r => Assert.True(r.Status is HttpStatusCode.OK or HttpStatusCode.Created, r.Body));
        var taskIds = State.ListTasks().Select(t => long.Parse(t.Id, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, 40).Select(i => 4_000_000_000L + i), taskIds.Order());
        Assert.All(Enumerable.Range(1, 40), i => Assert.Equal("Parallel", State.GetPropertyValue("contacts", Ids.Contact(i), "jobtitle")));
        Assert.Equal(120, Api.Host.Stats.TotalRequests);
    }
}
