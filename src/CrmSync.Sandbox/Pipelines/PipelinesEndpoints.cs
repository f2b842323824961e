using CrmSync.Sandbox.Http;
using CrmSync.Sandbox.Objects;

namespace CrmSync.Sandbox.Pipelines;

/// <summary>GET /crm/v3/pipelines/{type}[/{pipelineId}[/stages]]: deals only, no paging.</summary>
internal static class PipelinesEndpoints
{
    public static SandboxResponse List(SandboxCall call)
    {
        if (Pipelines(call, out var error) is not { } pipelines)
        {
            return error!;
        }

        return JsonOut.Results(pipelines, PipelineJson.Write);
    }

    public static SandboxResponse Get(SandboxCall call) =>
        Find(call, out var error) is { } pipeline ? JsonOut.Response(200, w => PipelineJson.Write(w, pipeline)) : error!;

    public static SandboxResponse Stages(SandboxCall call)
    {
        if (Find(call, out var error) is not { } pipeline)
        {
            return error!;
        }

        return JsonOut.Results(pipeline.Stages, (w, stage) => PipelineJson.Write(w, pipeline, stage));
    }

    private static DealPipeline? Find(SandboxCall call, out SandboxResponse? error)
    {
        var pipeline = Pipelines(call, out error)?.FirstOrDefault(p => p.Id == call.Route("pipelineId"));
        if (pipeline is null && error is null)
        {
            error = ErrorResponses.NotFound($"Unable to find pipeline {call.Route("pipelineId")}");
        }

        return pipeline;
    }

    private static IReadOnlyList<DealPipeline>? Pipelines(SandboxCall call, out SandboxResponse? error)
    {
        error = null;
        if (!call.TryTable("type", out var table, out error))
        {
            return null;
        }

        if (table.Type.Kind != ObjectKind.Deals)
        {
            error = ErrorResponses.Validation($"Object type {table.Type.Name} does not support pipelines in this sandbox (deals only)");
            return null;
        }

        return call.Store.DealPipelines;
    }
}
