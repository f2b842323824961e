using System.Text.Json;
using CrmSync.Sandbox.Objects;

namespace CrmSync.Sandbox.Http;

/// <summary>HubSpot's error body: status, message, correlationId, category, optional errors[] and context (hubspot-api.md §13).</summary>
internal static class ErrorResponses
{
    private static readonly JsonSerializerOptions EmbeddedJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static SandboxResponse Error(int status, string category, string message, Action<Utf8JsonWriter>? extra = null) =>
        JsonOut.Response(status, w =>
        {
            w.WriteStartObject();
            w.WriteString("status", "error");
            w.WriteString("message", message);
            w.WriteString("correlationId", Guid.NewGuid().ToString());
            w.WriteString("category", category);
            extra?.Invoke(w);
            w.WriteEndObject();
        });

    public static SandboxResponse Validation(string message) => Error(400, "VALIDATION_ERROR", message);

    public static SandboxResponse NotFound(string message = "resource not found") => Error(404, "OBJECT_NOT_FOUND", message);

    public static SandboxResponse Conflict(string message) => Error(409, "OBJECT_ALREADY_EXISTS", message);

    public static SandboxResponse UnknownObjectType(string text) => Validation($"Unable to infer object type from: {text}");

    public static SandboxResponse Unauthorized(bool tokenPresent) => Error(
        401,
        "INVALID_AUTHENTICATION",
        tokenPresent
            ? "Authentication credentials are not valid. Check that the private app access token is current."
            : "Authentication credentials not found. This API supports OAuth 2.0 authentication and private app access tokens.");

    /// <summary>The "Property values were not valid" body with the per-property array embedded in the message.</summary>
    public static SandboxResponse InvalidProperties(IReadOnlyList<PropertyError> errors) =>
        Error(400, "VALIDATION_ERROR", "Property values were not valid: " + PropertyErrorArray(errors), w =>
        {
            w.WriteStartObject("context");
            w.WriteStringArray("propertyName", errors.Select(e => e.Name).Distinct());
            w.WriteEndObject();
            w.WriteStartArray("errors");
            foreach (var error in errors)
            {
                w.WriteStartObject();
                w.WriteString("message", error.Message);
                w.WriteString("code", error.Code);
                w.WriteString("in", error.Name);
                w.WriteEmptyObject("context");
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });

    public static string PropertyErrorArray(IReadOnlyList<PropertyError> errors) =>
        JsonSerializer.Serialize(errors.Select(e => new Dictionary<string, object>
        {
            ["isValid"] = false,
            ["message"] = e.Message,
            ["error"] = e.Code,
            ["name"] = e.Name,
        }), EmbeddedJson);
}
