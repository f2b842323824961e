using System.Globalization;
using CrmSync.Worker.Access;
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

    /// <summary>Below this a run cannot even record its state; above it Kubernetes would kill the pod first anyway.</summary>
    public static readonly TimeSpan MinShutdownTimeout = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan MaxShutdownTimeout = TimeSpan.FromMinutes(10);

    /// <summary>A live worker extends the timeout every fifth of it: below this that would be a query every few seconds per job.</summary>
    public static readonly TimeSpan MinJobInvisibilityTimeout = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan MaxJobInvisibilityTimeout = TimeSpan.FromHours(2);

    public static IEnumerable<ConfigurationProblem> Check(CrmSyncOptions options, string sectionPath)
    {
        var leaseInRange = options.LeaseExpiry >= MinLeaseExpiry && options.LeaseExpiry <= MaxLeaseExpiry;
        if (!leaseInRange)
        {
            yield return new($"{sectionPath}:{nameof(CrmSyncOptions.LeaseExpiry)}", string.Create(CultureInfo.InvariantCulture,
                $"must be between {MinLeaseExpiry:c} and {MaxLeaseExpiry:c}, got {options.LeaseExpiry:c}"));
        }

        if (options.ShutdownTimeout < MinShutdownTimeout || options.ShutdownTimeout > MaxShutdownTimeout)
        {
            yield return new($"{sectionPath}:{nameof(CrmSyncOptions.ShutdownTimeout)}", string.Create(CultureInfo.InvariantCulture,
                $"must be between {MinShutdownTimeout:c} and {MaxShutdownTimeout:c}, got {options.ShutdownTimeout:c}"));
        }

        if (options.JobInvisibilityTimeout < MinJobInvisibilityTimeout || options.JobInvisibilityTimeout > MaxJobInvisibilityTimeout)
        {
            yield return new($"{sectionPath}:{nameof(CrmSyncOptions.JobInvisibilityTimeout)}", string.Create(CultureInfo.InvariantCulture,
                $"must be between {MinJobInvisibilityTimeout:c} and {MaxJobInvisibilityTimeout:c}, got {options.JobInvisibilityTimeout:c}"));
        }
        else if (leaseInRange && options.JobInvisibilityTimeout <= options.LeaseExpiry)
        {
            // Re-fetched before the dead run's lease lapsed, the job would find the connector busy and be skipped.
            yield return new($"{sectionPath}:{nameof(CrmSyncOptions.JobInvisibilityTimeout)}", string.Create(CultureInfo.InvariantCulture,
                $"must be longer than {sectionPath}:{nameof(CrmSyncOptions.LeaseExpiry)} ({options.LeaseExpiry:c}), got {options.JobInvisibilityTimeout:c}: a job of a dead replica would be retried while its lease still holds, and skipped"));
        }

        foreach (var problem in AccessOptionsValidator.Check(options.Access, sectionPath))
            yield return problem;
    }

    public ValidateOptionsResult Validate(string? name, CrmSyncOptions options)
    {
        var problems = Check(options, CrmSyncOptions.Section).Select(p => p.ToString()).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
