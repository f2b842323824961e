namespace CrmSync.Sandbox.Owners;

internal sealed record Owner(
    string Id,
    string Email,
    string FirstName,
    string LastName,
    long UserId,
    string TeamId,
    string TeamName,
    bool Archived,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
