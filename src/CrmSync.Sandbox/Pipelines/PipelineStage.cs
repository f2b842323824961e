namespace CrmSync.Sandbox.Pipelines;

/// <param name="Probability">A string as HubSpot sends it ("0.2"); closed + "1.0" = won, closed + "0.0" = lost.</param>
internal sealed record PipelineStage(string Id, string Label, int DisplayOrder, bool IsClosed, string Probability)
{
    public bool IsWon => IsClosed && Probability == "1.0";

    public bool IsLost => IsClosed && !IsWon;
}
