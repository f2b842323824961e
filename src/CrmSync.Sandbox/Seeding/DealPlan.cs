using CrmSync.Sandbox.Pipelines;

namespace CrmSync.Sandbox.Seeding;

/// <summary>A seeded deal's whole life: its path through the pipeline and the timestamps that follow from it.</summary>
internal sealed class DealPlan
{
    public required DealPipeline Pipeline { get; init; }

    /// <summary>Oldest first; the last visit is the current stage.</summary>
    public required StageVisit[] Visits { get; init; }

    public required long ModifiedMs { get; init; }

    public required long CloseDateMs { get; init; }

    public required string? Amount { get; init; }

    public required string? OwnerId { get; init; }

    public required string Product { get; init; }

    public long CreatedMs => Visits[0].EnteredMs;

    public StageVisit Current => Visits[^1];

    public long? EnteredMs(string stageId)
    {
        for (var i = Visits.Length - 1; i >= 0; i--)
        {
            if (Visits[i].Stage.Id == stageId)
            {
                return Visits[i].EnteredMs;
            }
        }

        return null;
    }

    /// <summary>When the deal last left the stage (the next visit's entry), or null if it never left it.</summary>
    public long? ExitedMs(string stageId)
    {
        for (var i = Visits.Length - 2; i >= 0; i--)
        {
            if (Visits[i].Stage.Id == stageId)
            {
                return Visits[i + 1].EnteredMs;
            }
        }

        return null;
    }
}
