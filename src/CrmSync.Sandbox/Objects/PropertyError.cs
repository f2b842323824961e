namespace CrmSync.Sandbox.Objects;

/// <param name="Code">HubSpot's error code (PROPERTY_DOESNT_EXIST, INVALID_OPTION, ...).</param>
internal sealed record PropertyError(string Name, string Code, string Message);
