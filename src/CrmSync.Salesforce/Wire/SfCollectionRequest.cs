using System.Text.Json.Nodes;

namespace CrmSync.Salesforce.Wire;

/// <summary><c>PATCH /composite/sobjects</c>: up to 200 records, each with <c>attributes.type</c> and <c>id</c>.</summary>
internal sealed class SfCollectionRequest
{
    public bool AllOrNone { get; set; }

    public List<JsonObject> Records { get; set; } = [];
}
