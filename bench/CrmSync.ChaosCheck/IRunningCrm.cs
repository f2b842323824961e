namespace CrmSync.ChaosCheck;

/// <summary>One started fake CRM: where the proxy forwards to, the worker's connector section, and what CrmSync left in it.</summary>
internal interface IRunningCrm : IAsyncDisposable
{
    /// <summary>The loopback port the fake listens on (the proxy's upstream).</summary>
    int Port { get; }

    /// <summary>The connector's keys under <c>CrmSync:Connectors:{name}</c> (Kind, URLs, sizes); no secrets.</summary>
    IReadOnlyDictionary<string, object> ConnectorSettings { get; }

    /// <summary>The connector's secrets as environment variables (<c>CrmSync__Connectors__{name}__…</c>).</summary>
    IReadOnlyDictionary<string, string> SecretEnvironment(string connector);

    /// <summary>Every computed value CrmSync wrote and every live task, read from the fake directly (not through the proxy).</summary>
    Task<CrmSnapshot> ReadAsync();
}
