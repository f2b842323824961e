using CrmSync.Sandbox.Owners;
using CrmSync.Sandbox.Salesforce.Data;

namespace CrmSync.Sandbox.Salesforce.Seeding;

/// <summary>
/// The org's users: the sandbox's eleven sales reps (the last one inactive, still owning about 1 % of records, as in
/// the HubSpot seed) plus the integration user that client-credentials and JWT tokens run as.
/// </summary>
internal sealed class UserDirectory
{
    private readonly Dictionary<string, string> byOwnerId = new(StringComparer.Ordinal);

    public UserDirectory(IReadOnlyList<Owner> owners, DateTimeOffset seededAt)
    {
        var rows = new List<Dictionary<string, object?>>();
        foreach (var owner in owners)
        {
            var id = SalesforceId.Make("005", rows.Count + 1);
            byOwnerId[owner.Id] = id;
            rows.Add(Row(owner.FirstName, owner.LastName, owner.Email, !owner.Archived, owner.TeamName, owner.CreatedAt, owner.UpdatedAt));
        }

        IntegrationUserId = SalesforceId.Make("005", rows.Count + 1);
        rows.Add(Row("CrmSync", "Integration", "crmsync.integration@sandbox-sales.example", true, "Integrations", seededAt.AddDays(-400), seededAt.AddDays(-400)));
        Rows = rows;
        DefaultOwnerId = byOwnerId[owners[0].Id];
    }

    public IReadOnlyList<Dictionary<string, object?>> Rows { get; }

    public string IntegrationUserId { get; }

    /// <summary>Every record has an owner in Salesforce: records the HubSpot seed leaves unowned go to the first rep.</summary>
    public string DefaultOwnerId { get; }

    public string FromOwner(string? hubSpotOwnerId) =>
        hubSpotOwnerId is not null && byOwnerId.TryGetValue(hubSpotOwnerId, out var id) ? id : DefaultOwnerId;

    private static Dictionary<string, object?> Row(string first, string last, string email, bool active, string department, DateTimeOffset created, DateTimeOffset updated)
    {
        var createdAt = created.UtcDateTime;
        var updatedAt = updated.UtcDateTime;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Username"] = email.Replace("@sandbox-sales.example", "@crmsync-sandbox.org", StringComparison.Ordinal),
            ["FirstName"] = first,
            ["LastName"] = last,
            ["Email"] = email,
            ["Alias"] = (first[..1] + last).ToLowerInvariant()[..Math.Min(8, last.Length + 1)],
            ["IsActive"] = active,
            ["Department"] = department,
            ["CreatedDate"] = createdAt,
            ["LastModifiedDate"] = updatedAt,
            ["SystemModstamp"] = updatedAt,
        };
    }
}
