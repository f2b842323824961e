using System.Text.RegularExpressions;

namespace CrmSync.Sandbox.Faults;

/// <summary>Faults armed by tests, each for a number of successful writes whose method and path match. Thread-safe.</summary>
internal sealed class CommitFaults
{
    private readonly Lock gate = new();
    private readonly List<Armed> armed = [];

    public void Arm(string method, string pathPattern, CommitFault fault, int times, TimeSpan delay)
    {
        lock (gate)
        {
            armed.Add(new Armed(method, new Regex(pathPattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), fault, delay) { Remaining = times });
        }
    }

    /// <summary>The first armed fault matching this write, counted as used; null when none applies.</summary>
    public (CommitFault Fault, TimeSpan Delay)? Take(string method, string path)
    {
        lock (gate)
        {
            var match = armed.FirstOrDefault(a => a.Remaining > 0 && string.Equals(a.Method, method, StringComparison.OrdinalIgnoreCase) && a.Path.IsMatch(path));
            if (match is null)
            {
                return null;
            }

            match.Remaining--;
            return (match.Fault, match.Delay);
        }
    }

    private sealed record Armed(string Method, Regex Path, CommitFault Fault, TimeSpan Delay)
    {
        public int Remaining { get; set; }
    }
}
