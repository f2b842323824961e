using System.Net;
using CrmSync.Sandbox.Tests.Infrastructure;

namespace CrmSync.Sandbox.Tests.Objects;

/// <summary>Merges as live portals answer them by default: a new record, both old ids resolving to it (hubspot-api.md §11).</summary>
public sealed class MergeModeTests : SandboxTestBase
{
    internal override SandboxOptions CreateOptions()
    {
        var options = SandboxClient.Options();
        options.MergeIds = MergeIdMode.NewRecord;
        return options;
    }

    private async Task<string> MergeAsync(string primary, string merged)
    {
        var result = await Api.PostAsync("/crm/v3/objects/contacts/merge", $$"""{"primaryObjectId":"{{primary}}","objectIdToMerge":"{{merged}}"}""");
        Assert.Equal(HttpStatusCode.OK, result.Status);
        return result.Json.GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Merge_NewRecordMode_AnswersANewIdThatBothOldIdsResolveTo()
    {
        var companies = State.GetAssociations("contacts", Ids.Contact(8), "companies").Concat(State.GetAssociations("contacts", Ids.Contact(9), "companies"))
            .Select(a => a.Id).Distinct().Order().ToList();
        var email = State.GetPropertyValue("contacts", Ids.Contact(8), "email");

        var survivor = await MergeAsync(Ids.Contact(8), Ids.Contact(9));

        Assert.NotEqual(Ids.Contact(8), survivor);
        Assert.NotEqual(Ids.Contact(9), survivor);
        Assert.True(State.GetRecord("contacts", Ids.Contact(8))!.Archived);
        Assert.True(State.GetRecord("contacts", Ids.Contact(9))!.Archived);
        Assert.False(State.GetRecord("contacts", survivor)!.Archived);
        Assert.Equal($"{Ids.Contact(8)};{Ids.Contact(9)}", State.GetPropertyValue("contacts", survivor, "hs_merged_object_ids"));
        Assert.Equal(email, State.GetPropertyValue("contacts", survivor, "email"));
        Assert.Equal(companies, State.GetAssociations("contacts", survivor, "companies").Select(a => a.Id).Order());
        foreach (var old in new[] { Ids.Contact(8), Ids.Contact(9) })
        {
            var read = await Api.GetAsync($"/crm/v3/objects/contacts/{old}");
            Assert.Equal((HttpStatusCode.OK, survivor), (read.Status, read.Json.GetProperty("id").GetString()));
        }
    }

    [Fact]
    public async Task Merge_IntoAnEarlierSurvivorsOldId_MergesIntoTheSurvivorAndListsEveryOldId()
    {
        var first = await MergeAsync(Ids.Contact(8), Ids.Contact(9));

        var second = await MergeAsync(Ids.Contact(8), Ids.Contact(10));

        Assert.NotEqual(first, second);
        Assert.True(State.GetRecord("contacts", first)!.Archived);
        Assert.Equal($"{Ids.Contact(8)};{Ids.Contact(9)};{first};{Ids.Contact(10)}", State.GetPropertyValue("contacts", second, "hs_merged_object_ids"));
        Assert.Equal(second, (await Api.GetAsync($"/crm/v3/objects/contacts/{Ids.Contact(9)}")).Json.GetProperty("id").GetString());
    }

    [Fact]
    public async Task BatchUpdate_MergedAwayId_WritesTheSurvivorAndAnswersUnderItsIdWithTheTraceId()
    {
        var survivor = await MergeAsync(Ids.Contact(8), Ids.Contact(9));

        var result = await Api.PostAsync("/crm/v3/objects/contacts/batch/update",
            $$$"""{"inputs":[{"id":"{{{Ids.Contact(9)}}}","objectWriteTraceId":"{{{Ids.Contact(9)}}}","properties":{"jobtitle":"CFO"}}]}""");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var answer = Assert.Single(result.Results);
        Assert.Equal(survivor, answer.GetProperty("id").GetString());
        Assert.Equal(Ids.Contact(9), answer.GetProperty("objectWriteTraceId").GetString());
        Assert.Equal("CFO", State.GetPropertyValue("contacts", survivor, "jobtitle"));
    }

    [Fact]
    public async Task Merge_RecordWithItself_ViaAnOldId_Returns400()
    {
        await MergeAsync(Ids.Contact(8), Ids.Contact(9));

        var result = await Api.PostAsync("/crm/v3/objects/contacts/merge", $$"""{"primaryObjectId":"{{Ids.Contact(8)}}","objectIdToMerge":"{{Ids.Contact(9)}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
    }
}
