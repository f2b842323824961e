namespace CrmSync.Core.Alerts;

public enum AlertStatus
{
    /// <summary>A task was created and the condition held at the last check.</summary>
    Open,

    /// <summary>The condition no longer holds; a new occurrence with the same key alerts again.</summary>
    Resolved,
}
