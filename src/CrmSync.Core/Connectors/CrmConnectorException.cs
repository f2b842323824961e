namespace CrmSync.Core.Connectors;

/// <summary>A failure that stops the job: bad credentials, missing scopes, an exhausted daily budget.</summary>
public class CrmConnectorException(string connector, CrmFailureKind kind, string message, Exception? inner = null)
    : Exception($"Connector '{connector}': {message}", inner)
{
    public string Connector { get; } = connector;
    public CrmFailureKind Kind { get; } = kind;
}
