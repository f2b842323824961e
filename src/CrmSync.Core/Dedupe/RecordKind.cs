namespace CrmSync.Core.Dedupe;

/// <summary>What a record describes; each kind has its own default comparisons and blocking keys.</summary>
public enum RecordKind
{
    Person,
    Company,
}
