using System.Globalization;

namespace CrmSync.Storage;

/// <summary>The run-history messages of a skipped trigger and of an abandoned run; the same text in both stores.</summary>
internal static class LeaseRunMessages
{
    public static string Skipped(ConnectorLease holding) => string.Create(CultureInfo.InvariantCulture,
        $"Skipped: connector '{holding.Connector}' is busy with run {holding.RunId} (holder {holding.Holder}, lease until {holding.ExpiresAt:O}).");

    public static string Abandoned(ConnectorLease expired, long takenOverBy) => string.Create(CultureInfo.InvariantCulture,
        $"Abandoned: holder {expired.Holder} stopped renewing the connector lease (expired {expired.ExpiresAt:O}); run {takenOverBy} took it over.");
}
