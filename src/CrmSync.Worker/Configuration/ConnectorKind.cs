namespace CrmSync.Worker.Configuration;

public enum ConnectorKind
{
    HubSpot,
}
