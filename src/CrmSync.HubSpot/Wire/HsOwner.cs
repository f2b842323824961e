namespace CrmSync.HubSpot.Wire;

internal sealed class HsOwner
{
    public string Id { get; init; } = "";
    public string? Email { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public bool Archived { get; init; }
}
