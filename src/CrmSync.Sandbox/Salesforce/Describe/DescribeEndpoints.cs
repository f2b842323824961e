using CrmSync.Sandbox.Salesforce.Http;
using CrmSync.Sandbox.Salesforce.Schema;

namespace CrmSync.Sandbox.Salesforce.Describe;

/// <summary>GET sobjects (describeGlobal), sobjects/{type} (basic info) and sobjects/{type}/describe, custom fields included.</summary>
internal static class DescribeEndpoints
{
    public static SalesforceResponse Global(SalesforceCall call) => SalesforceJson.Response(200, w =>
    {
        w.WriteStartObject();
        w.WriteString("encoding", "UTF-8");
        w.WriteNumber("maxBatchSize", 200);
        w.WriteStartArray("sobjects");
        foreach (var schema in call.Org.Store.Schemas.All)
        {
            w.WriteStartObject();
            DescribeWriter.WriteBasics(w, schema, call.DataPath);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static SalesforceResponse Basic(SalesforceCall call) => Find(call) is not { } schema ? SalesforceJson.NotFound() : SalesforceJson.Response(200, w =>
    {
        w.WriteStartObject();
        w.WriteStartObject("objectDescribe");
        DescribeWriter.WriteBasics(w, schema, call.DataPath);
        w.WriteEndObject();
        w.WriteStartArray("recentItems");
        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static SalesforceResponse Describe(SalesforceCall call) => Find(call) is not { } schema ? SalesforceJson.NotFound() : SalesforceJson.Response(200, w =>
    {
        w.WriteStartObject();
        DescribeWriter.WriteBasics(w, schema, call.DataPath);
        w.WriteStartArray("fields");
        foreach (var field in schema.Fields)
        {
            DescribeWriter.WriteField(w, field);
        }

        w.WriteEndArray();
        w.WriteStartArray("childRelationships");
        foreach (var child in call.Org.Store.Schemas.All)
        {
            foreach (var field in child.Fields.Where(f => f.Targets.Contains(schema.Name) && f.Name is not ("CreatedById" or "LastModifiedById")))
            {
                w.WriteStartObject();
                w.WriteString("childSObject", child.Name);
                w.WriteString("field", field.Name);
                w.WriteString("relationshipName", Plural(child.Name));
                w.WriteBoolean("cascadeDelete", false);
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        w.WriteStartArray("recordTypeInfos");
        w.WriteStartObject();
        w.WriteBoolean("available", true);
        w.WriteBoolean("defaultRecordTypeMapping", true);
        w.WriteBoolean("master", true);
        w.WriteString("name", "Master");
        w.WriteString("recordTypeId", "012000000000000AAA");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static ObjectSchema? Find(SalesforceCall call) => call.Org.Store.Schemas.Find(call.Route("type"));

    private static string Plural(string name) => name.EndsWith('y') ? name[..^1] + "ies" : name + "s";
}
