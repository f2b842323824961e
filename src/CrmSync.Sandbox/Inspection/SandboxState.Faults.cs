using CrmSync.Sandbox.Faults;

namespace CrmSync.Sandbox;

/// <summary>Faults after a write was applied: the CRM changed, the client is not told.</summary>
public sealed partial class SandboxState
{
    /// <summary>
    /// Applies <paramref name="fault"/> to the next <paramref name="times"/> successful writes whose method is
    /// <paramref name="method"/> and whose path matches the regular expression <paramref name="pathPattern"/> (e.g.
    /// <c>/objects/tasks$</c> for task creates). <paramref name="delay"/> is the hold-back of
    /// <see cref="CommitFault.SlowAnswer"/>.
    /// </summary>
    public void FailAfterCommit(string method, string pathPattern, CommitFault fault, int times = 1, TimeSpan? delay = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(pathPattern);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        CommitFaults.Arm(method, pathPattern, fault, times, delay ?? TimeSpan.FromSeconds(30));
    }

    internal CommitFaults CommitFaults { get; } = new();
}
