namespace CrmSync.Sandbox.Objects;

/// <summary>Who wrote a value: recorded in the property history as sourceType/sourceId/updatedByUserId.</summary>
internal sealed record WriteSource(string SourceType, string? SourceId = null, long? UserId = null)
{
    public static readonly WriteSource Api = new("API", "sandbox-private-app");

    public static readonly WriteSource Calculated = new("CALCULATED");

    public static WriteSource User(long userId) => new("CRM_UI", $"userId:{userId}", userId);
}
