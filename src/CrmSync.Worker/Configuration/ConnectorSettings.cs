using CrmSync.Core.Connectors;

namespace CrmSync.Worker.Configuration;

/// <summary>One connector's whole configuration, bound and validated: the common keys, its kind's options, its analyzers.</summary>
public sealed record ConnectorSettings(
    string Name,
    ConnectorOptions Common,
    IConnectorKind Kind,
    object KindOptions,
    IReadOnlyList<ConfiguredAnalyzer> Analyzers)
{
    public string SectionPath => $"{ConnectorOptions.Section}:{Name}";

    /// <summary>The configured objects, else every object type the kind supports.</summary>
    public IReadOnlyList<string> ObjectTypes => Common.Objects.Count == 0 ? Kind.ObjectTypes : Common.Objects;

    public IEnumerable<ConfiguredAnalyzer> EnabledAnalyzers => Analyzers.Where(a => a.Enabled);
}
