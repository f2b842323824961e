namespace CrmSync.Core.Analysis;

/// <summary>
/// One violation an analyzer found on a record, for previews and run reports (<c>--dry-run</c>): what rule, why, and
/// whether it raises a task. Findings are not written to the CRM; alerts and values are.
/// </summary>
/// <param name="Rule">The rule's name (an alert type, e.g. <c>close_date_in_past</c>).</param>
/// <param name="Detail">Why, in words a rep understands ("amount is empty (required in Qualified To Buy)").</param>
/// <param name="AlertKey">The alert raised for it; null when it is only logged (e.g. a transition rule without tasks).</param>
public sealed record Finding(string ObjectType, string RecordId, string Rule, string Detail, string? AlertKey);
