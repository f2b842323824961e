namespace CrmSync.Core.StageCriteria;

/// <summary>
/// One violation on one record, before it becomes a finding, an alert and a line of <c>stage_criteria_issues</c>.
/// </summary>
/// <param name="Occurrence">What makes it one occurrence, appended to the alert key (stage and criterion, date, move).</param>
/// <param name="Current">It describes the record as it is now (status and issues); false for an old transition.</param>
internal sealed record RecordIssue(string Rule, string Occurrence, string Detail, bool Current);
