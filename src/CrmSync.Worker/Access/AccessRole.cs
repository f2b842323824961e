namespace CrmSync.Worker.Access;

/// <summary>What an authenticated user may do on the dashboard.</summary>
public enum AccessRole
{
    /// <summary>Sees everything, cannot trigger, delete or requeue jobs.</summary>
    ReadOnly,

    /// <summary>Everything, jobs' actions included.</summary>
    Admin,
}
