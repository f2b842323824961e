using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using CrmSync.Sandbox.Http;
using CrmSync.Sandbox.Objects;

namespace CrmSync.Sandbox.Batch;

/// <summary>Reads {inputs:[...]} and enforces the 100-input cap.</summary>
internal static class BatchInputs
{
    public const int MaxInputs = 100;

    /// <summary>The table named by the {type} route and the body's inputs, or the error for the first of them that is wrong.</summary>
    public static bool TryRead(
        SandboxCall call,
        [NotNullWhen(true)] out ObjectTable? table,
        [NotNullWhen(true)] out List<JsonElement>? inputs,
        [NotNullWhen(false)] out SandboxResponse? error)
    {
        inputs = null;
        if (!call.TryTable("type", out table, out error))
        {
            return false;
        }

        inputs = Read(call.Body, out var inputsError);
        if (inputs is null)
        {
            error = inputsError!;
            return false;
        }

        return true;
    }

    public static List<JsonElement>? Read(JsonElement? body, out SandboxResponse? error)
    {
        error = null;
        if (body is not { ValueKind: JsonValueKind.Object } root || !root.TryGetProperty("inputs", out var inputs) || inputs.ValueKind != JsonValueKind.Array)
        {
            error = ErrorResponses.Validation("Invalid input: the body must be an object with an \"inputs\" array");
            return null;
        }

        if (inputs.GetArrayLength() > MaxInputs)
        {
            error = ErrorResponses.Validation($"Batch input may contain at most {MaxInputs} inputs (got {inputs.GetArrayLength()})");
            return null;
        }

        return [.. inputs.EnumerateArray()];
    }

    public static string? Id(JsonElement input) =>
        input.ValueKind == JsonValueKind.Object && input.TryGetProperty("id", out var id)
            ? id.ValueKind == JsonValueKind.Number ? id.GetRawText() : id.GetString()
            : null;

    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static List<string> Strings(JsonElement? body, string name) =>
        body is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
            : [];

    public static BatchError NotFound(string label, IReadOnlyList<string> ids) =>
        new("OBJECT_NOT_FOUND", $"Could not get some {label} objects, they may be deleted or not exist. Check that ids are valid.", "ids", ids);
}
