namespace CrmSync.Core.Connectors;

public interface ICrmConnectorFactory
{
    /// <summary>The connector configured under <c>CrmSync:Connectors:{name}</c>.</summary>
    ICrmConnector Get(string name);
}
