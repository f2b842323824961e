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
    public ObjectInputs? InputsFor(string objectType) => Inputs.FirstOrDefault(i => i.ObjectType == objectType);
}
