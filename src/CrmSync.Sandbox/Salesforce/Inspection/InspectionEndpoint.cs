using CrmSync.Sandbox.Salesforce.Http;

namespace CrmSync.Sandbox.Salesforce.Inspection;

/// <summary>
/// GET /__sandbox/salesforce/duplicates: the planted pairs as JSON, for tools outside the process (not a Salesforce
/// endpoint: no token needed, no API call counted).
/// </summary>
internal static class InspectionEndpoint
{
    public const string Path = "/__sandbox/salesforce/duplicates";

    public static SalesforceResponse Get(SalesforceOrgState org) => SalesforceJson.Response(200, w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("plantedDuplicates");
        foreach (var pair in org.PlantedDuplicates)
        {
            w.WriteStartObject();
            w.WriteString("originalType", pair.OriginalType);
            w.WriteString("originalId", pair.OriginalId);
            w.WriteString("duplicateType", pair.DuplicateType);
            w.WriteString("duplicateId", pair.DuplicateId);
            w.WriteString("variation", pair.Variation);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });
}
