using CrmSync.Sandbox.Salesforce.Data;

namespace CrmSync.Sandbox.Salesforce.Query;

/// <summary>The matched records of a query, in answer order, and how to render each.</summary>
internal sealed record QueryResult(RecordTable Table, int[] Numbers, IReadOnlyList<SelectNode> Select, bool CountOnly);
