namespace CrmSync.Sandbox.Salesforce.Query;

/// <summary>A parsed SELECT: fields (or COUNT()), object, WHERE, ORDER BY, LIMIT, OFFSET.</summary>
internal sealed record SoqlQuery(
    IReadOnlyList<SoqlFieldRef> Fields,
    bool CountOnly,
    string ObjectName,
    int ObjectPosition,
    SoqlCondition? Where,
    IReadOnlyList<SoqlOrder> OrderBy,
    int? Limit,
    int? Offset);
