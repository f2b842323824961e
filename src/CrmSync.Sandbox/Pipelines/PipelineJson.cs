using System.Text.Json;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Pipelines;

/// <summary>Pipeline and stage shapes; stage metadata values are strings ("true", "0.2") as HubSpot sends them.</summary>
internal static class PipelineJson
{
    public static void Write(Utf8JsonWriter w, DealPipeline pipeline)
    {
        w.WriteStartObject();
        w.WriteString("id", pipeline.Id);
        w.WriteString("label", pipeline.Label);
        w.WriteNumber("displayOrder", pipeline.DisplayOrder);
        w.WriteStartArray("stages");
        foreach (var stage in pipeline.Stages)
        {
            Write(w, pipeline, stage);
        }

        w.WriteEndArray();
        w.WriteString("createdAt", SeedTime.Iso(pipeline.CreatedAt));
        w.WriteString("updatedAt", SeedTime.Iso(pipeline.UpdatedAt));
        w.WriteBoolean("archived", false);
        w.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter w, DealPipeline pipeline, PipelineStage stage)
    {
        w.WriteStartObject();
        w.WriteString("id", stage.Id);
        w.WriteString("label", stage.Label);
        w.WriteNumber("displayOrder", stage.DisplayOrder);
        w.WriteStartObject("metadata");
        w.WriteString("isClosed", stage.IsClosed ? "true" : "false");
        w.WriteString("probability", stage.Probability);
        w.WriteEndObject();
        w.WriteString("createdAt", SeedTime.Iso(pipeline.CreatedAt));
        w.WriteString("updatedAt", SeedTime.Iso(pipeline.UpdatedAt));
        w.WriteBoolean("archived", false);
        w.WriteEndObject();
    }
}
