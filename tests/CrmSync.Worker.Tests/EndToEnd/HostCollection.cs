namespace CrmSync.Worker.Tests.EndToEnd;

/// <summary>Hangfire keeps global static state (JobStorage.Current): tests that boot hosts run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostCollection
{
    public const string Name = "hosts";
}
