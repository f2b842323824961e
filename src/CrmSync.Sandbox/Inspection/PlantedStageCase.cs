namespace CrmSync.Sandbox;

/// <summary>
/// A deal planted by <see cref="SandboxOptions.StageCriteriaCases"/> in the "Criteria Cases" pipeline, with the one
/// stage-criteria rule it breaks (null for the clean controls). See docs/sandbox.md for the configuration it assumes.
/// </summary>
public sealed record PlantedStageCase(string DealId, string Case, string? Rule);
