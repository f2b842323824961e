namespace CrmSync.ChaosCheck;

/// <summary>
/// Salesforce (<c>--crm salesforce</c>): the pull is SOQL pages (GET), values go out as <c>PATCH composite/sobjects</c>
/// (the proxy's <c>patch_other</c>), tasks as <c>POST sobjects/Task</c> (<c>post_other</c>; token requests bypass
/// the proxy, so every POST it sees is a task insert). SOQL reads its own writes, so a rerun need not wait for an index.
/// </summary>
internal sealed class SalesforceCrm(ChaosArguments a) : IChaosCrm
{
    public string Name => "Salesforce";

    public IReadOnlyList<KillPhase> DefaultPhases { get; } = [KillPhase.Pull, KillPhase.Values, KillPhase.Alerts];

    public CrmCalls Calls { get; } = new(["get"], "patch_other", "post_other", "/composite/sobjects$", "/sobjects/Task$");

    public TimeSpan RerunDelay => TimeSpan.FromSeconds(1);

    public async Task<IRunningCrm> StartAsync(Uri proxy, string workingDirectory) => await SalesforceOrgProcess.StartAsync(a, proxy, workingDirectory);
}
