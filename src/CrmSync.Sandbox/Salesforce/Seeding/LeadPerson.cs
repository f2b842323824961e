namespace CrmSync.Sandbox.Salesforce.Seeding;

/// <summary>The person fields of a seeded lead.</summary>
internal readonly record struct LeadPerson(string? First, string Last, string? Email, string? Phone, string Company, string? Title);
