namespace CrmSync.Core.Connectors;

public enum AlertPriority
{
    Low,
    Medium,
    High,
}
