namespace CrmSync.ChaosCheck;

/// <summary>
/// What the check needs to know of one CRM (HubSpot, Salesforce): how to start a fresh seeded fake of it behind the
/// fault proxy, what the proxy calls its requests, which phases to interrupt by default and how long a rerun waits.
/// Everything else (the trials, the comparison) is the same for every CRM.
/// </summary>
internal interface IChaosCrm
{
    string Name { get; }

    IReadOnlyList<KillPhase> DefaultPhases { get; }

    CrmCalls Calls { get; }

    /// <summary>How long after an interrupted run the rerun starts (a CRM whose search lags needs that lag first).</summary>
    TimeSpan RerunDelay { get; }

    /// <summary>A fresh fake (same seed, same data as every other) whose data calls the worker sends to <paramref name="proxy"/>.</summary>
    Task<IRunningCrm> StartAsync(Uri proxy, string workingDirectory);
}
