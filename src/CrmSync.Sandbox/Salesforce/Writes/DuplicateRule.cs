namespace CrmSync.Sandbox.Salesforce.Writes;

/// <summary>
/// A duplicate rule with a one-field exact matching rule (case-insensitive, as Salesforce's matching is): a save whose
/// value equals a live record's is DUPLICATES_DETECTED, unless the rule only alerts and the request sends
/// <c>Sforce-Duplicate-Rule-Header: allowSave=true</c>.
/// </summary>
internal sealed record DuplicateRule(string ObjectName, string FieldName, bool Blocking);
