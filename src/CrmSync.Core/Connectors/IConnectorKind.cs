namespace CrmSync.Core.Connectors;

/// <summary>
/// A kind of CRM a connector project contributes (registered by its own <c>AddXxxConnector()</c>). The host binds
/// <see cref="OptionsType"/> from <c>CrmSync:Connectors:{name}</c> and knows no key of it.
/// </summary>
public interface IConnectorKind
{
    /// <summary>The value of the connector's <c>Kind</c> key, e.g. <c>HubSpot</c> (matched case-insensitively).</summary>
    string Kind { get; }

    /// <summary>A class with a public parameterless constructor; its properties are the kind's own keys.</summary>
    Type OptionsType { get; }

    /// <summary>The canonical object types this kind can pull and write (the default of <c>Objects</c>).</summary>
    IReadOnlyList<string> ObjectTypes { get; }

    /// <summary>Every problem, each starting with its full key under <paramref name="sectionPath"/>.</summary>
    IReadOnlyList<string> Validate(string sectionPath, object options);

    /// <summary>
    /// Whether its connectors can merge records (<see cref="ICrmConnector.MergeAsync"/>); when false, configuration that
    /// turns on automatic merges is refused at start-up.
    /// </summary>
    bool CanMerge => true;

    /// <summary>Builds the connector named <paramref name="name"/> from validated options.</summary>
    ICrmConnector Create(string name, object options);
}
