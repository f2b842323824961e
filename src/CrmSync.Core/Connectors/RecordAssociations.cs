namespace CrmSync.Core.Connectors;

/// <summary>A record's associated ids by associated object type, as the CRM holds them now (e.g. "companies" → ["9001"]).</summary>
public sealed record RecordAssociations(string Id, IReadOnlyDictionary<string, IReadOnlyList<string>> ByType);
