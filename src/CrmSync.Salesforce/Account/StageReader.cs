using System.Globalization;
using CrmSync.Core.Records;
using CrmSync.Salesforce.Pull;
using CrmSync.Salesforce.Wire;

namespace CrmSync.Salesforce.Account;

/// <summary>
/// Opportunity stages as one pipeline (salesforce-api.md §6.3): stage values are org-wide, and
/// <c>Opportunity.StageName</c> holds the stage's API name, which is therefore the stage id. Inactive stages are kept
/// (opportunities can still sit in them). Won and lost come from IsWon/IsClosed, never from the label: a won stage gets
/// probability 1 and a lost one 0, so <see cref="PipelineStage.IsWon"/> agrees with Salesforce.
/// </summary>
internal sealed class StageReader(QueryPager pager)
{
    public const string PipelineId = "default";

    public async Task<IReadOnlyList<CrmPipeline>> ReadAsync(string objectType, CancellationToken cancellationToken)
    {
        if (objectType != CrmObjectTypes.Deals)
            return [];
        var stages = new List<PipelineStage>();
        const string soql = "SELECT ApiName, MasterLabel, IsActive, IsClosed, IsWon, DefaultProbability, SortOrder FROM OpportunityStage ORDER BY SortOrder";
        await foreach (var page in pager.RunAsync(soql, includeDeleted: false, "OpportunityStage", cancellationToken).ConfigureAwait(false))
            stages.AddRange(page.Records.Where(r => !string.IsNullOrEmpty(r.Get("ApiName"))).Select(Map));
        return [new CrmPipeline(CrmObjectTypes.Deals, PipelineId, "Opportunity stages", stages)];
    }

    private static PipelineStage Map(SfRecord stage)
    {
        var closed = stage.IsTrue("IsClosed");
        double? probability = stage.IsTrue("IsWon") ? 1.0
            : closed ? 0.0
            : double.TryParse(stage.Get("DefaultProbability"), NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? Math.Min(p / 100.0, 0.99)
            : null;
        var order = double.TryParse(stage.Get("SortOrder"), NumberStyles.Float, CultureInfo.InvariantCulture, out var o) ? (int)o : 0;
        var id = stage.Get("ApiName")!;
        // IsActive is absent only from very old API answers: a stage is active unless it says otherwise.
        return new PipelineStage(id, stage.Get("MasterLabel") ?? id, order, closed, probability) { IsActive = stage.Get("IsActive") is not { } active || !active.Equals("false", StringComparison.OrdinalIgnoreCase) };
    }
}
