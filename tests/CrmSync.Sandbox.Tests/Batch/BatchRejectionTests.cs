using System.Net;
using CrmSync.Sandbox.Tests.Infrastructure;

namespace CrmSync.Sandbox.Tests.Batch;

/// <summary>The switch for portals that reject a whole batch/update when one id is missing or deleted.</summary>
public sealed class BatchRejectionTests : SandboxTestBase
{
    internal override SandboxOptions CreateOptions()
    {
        var options = SandboxClient.Options();
        options.RejectBatchWithMissingIds = true;
        return options;
    }

    [Fact]
    public async Task BatchUpdate_OneDeletedId_Returns400ValidationErrorAndWritesNothing()
    {
        Assert.Equal(HttpStatusCode.NoContent, (await Api.DeleteAsync($"/crm/v3/objects/deals/{Ids.Deal(2)}")).Status);
        var before = State.GetPropertyValue("deals", Ids.Deal(1), "hs_next_step");

        var result = await Api.PostAsync("/crm/v3/objects/deals/batch/update",
            $$$"""{"inputs":[{"id":"{{{Ids.Deal(1)}}}","properties":{"hs_next_step":"x"}},{"id":"{{{Ids.Deal(2)}}}","properties":{"hs_next_step":"y"}}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("VALIDATION_ERROR", result.Json.GetProperty("category").GetString());
        Assert.Contains(Ids.Deal(2), result.Json.GetProperty("message").GetString());
        Assert.Equal(before, State.GetPropertyValue("deals", Ids.Deal(1), "hs_next_step"));
    }
}
