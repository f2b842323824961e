using CrmSync.Core.Connectors;

namespace CrmSync.Core.Analysis;

/// <summary>
/// Everything the host needs to know of an analyzer before running it: its name (for <c>--only</c> and schedules),
/// its configuration section under the connector, what it reads and what it writes.
/// </summary>
/// <param name="Name">Lowercase, e.g. <c>stage-age</c>.</param>
/// <param name="SectionName">Its options' section under <c>CrmSync:Connectors:{name}</c>, e.g. <c>StageAge</c>.</param>
public sealed record AnalyzerDescriptor(
    string Name,
    string SectionName,
    IReadOnlyList<ObjectInputs> Inputs,
    IReadOnlyList<ComputedPropertyDefinition> Properties,
    IReadOnlyList<string> AlertTypes)
{
    /// <summary>
    /// Per alert type, what to do with its open task when the condition clears (types not listed: leave it). An
    /// analyzer whose choice is configurable returns it from its instance's descriptor.
    /// </summary>
    public IReadOnlyDictionary<string, Alerts.ClearedTaskAction> OnClear { get; init; } =
        new Dictionary<string, Alerts.ClearedTaskAction>(StringComparer.Ordinal);

    public ObjectInputs? InputsFor(string objectType) => Inputs.FirstOrDefault(i => i.ObjectType == objectType);
}
