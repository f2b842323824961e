using System.Globalization;
using Microsoft.Extensions.Options;

namespace CrmSync.Worker.Configuration;

/// <summary>
/// Start-up check of the global keys the jobs rely on (also run by <c>config check</c>), so a bad lease expiry stops the
/// process before any job takes a lease with it.
/// </summary>
public sealed class CrmSyncOptionsValidator : IValidateOptions<CrmSyncOptions>
{
    /// <summary>Heartbeats come every quarter of the expiry: below this they would hammer the store.</summary>
    public static readonly TimeSpan MinLeaseExpiry = TimeSpan.FromSeconds(10);

    /// <summary>Above this a dead process would hold its connector for longer than an operator waits.</summary>
    public static readonly TimeSpan MaxLeaseExpiry = TimeSpan.FromHours(1);

    public static IEnumerable<ConfigurationProblem> Check(CrmSyncOptions options, string sectionPath)
    {
        if (options.LeaseExpiry < MinLeaseExpiry || options.LeaseExpiry > MaxLeaseExpiry)
        {
            yield return new($"{sectionPath}:{nameof(CrmSyncOptions.LeaseExpiry)}", string.Create(CultureInfo.InvariantCulture,
                $"must be between {MinLeaseExpiry:c} and {MaxLeaseExpiry:c}, got {options.LeaseExpiry:c}"));
        }
    }

    public ValidateOptionsResult Validate(string? name, CrmSyncOptions options)
    {
        var problems = Check(options, CrmSyncOptions.Section).Select(p => p.ToString()).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
