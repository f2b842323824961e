namespace CrmSync.Sandbox.Salesforce.Faults;

/// <summary>A fault to answer the next <see cref="Remaining"/> requests whose path contains <see cref="PathContains"/> with.</summary>
internal sealed class ScriptedFault(SalesforceFault kind, int remaining, string? pathContains)
{
    public SalesforceFault Kind { get; } = kind;

    public int Remaining { get; set; } = remaining;

    public string? PathContains { get; } = pathContains;
}
