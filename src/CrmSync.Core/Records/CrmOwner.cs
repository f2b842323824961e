namespace CrmSync.Core.Records;

public sealed record CrmOwner(string Id, string? Email, string? FirstName, string? LastName, bool Archived = false);
