using CrmSync.Core.Records;

namespace CrmSync.Storage.Tests;

internal static class TestRecords
{
    /// <summary>Millisecond timestamps with a non-UTC offset, as HubSpot sends them after conversion.</summary>
    public static readonly DateTimeOffset Created = new(2024, 3, 5, 10, 15, 30, 123, TimeSpan.FromHours(2));

    public static readonly DateTimeOffset Updated = new(2024, 6, 1, 8, 0, 0, 456, TimeSpan.FromHours(-5));

    public static CrmRecord Contact(string id, string email, bool archived = false) =>
        new(CrmObjectTypes.Contacts, id, new Dictionary<string, string?> { ["email"] = email, ["firstname"] = "Ann" },
            Created, Updated, archived);

    /// <summary>A record with everything a store must keep: nulls, escapes, unicode, associations, history.</summary>
    public static CrmRecord RichDeal(string id) =>
        new(CrmObjectTypes.Deals, id,
            new Dictionary<string, string?>
            {
                ["dealname"] = "Renewal \"Q3\" — Zürich 🚀",
                ["amount"] = "12500.50",
                ["closedate"] = null,
                ["notes"] = "line1\nline2\t<b>&amp;</b> \\ end",
            },
            Created, Updated)
        {
            Associations = new Dictionary<string, IReadOnlyList<string>>
            {
                [CrmObjectTypes.Companies] = ["9001"],
                [CrmObjectTypes.Contacts] = ["17", "4", "230"],
            },
            History = new Dictionary<string, IReadOnlyList<PropertyHistoryEntry>>
            {
                ["dealstage"] =
                [
                    new("appointmentscheduled", Created, "CRM_UI"),
                    new("closedwon", Updated.AddTicks(4560), null),
                    new(null, Updated.AddDays(1), "API"),
                ],
            },
        };

    public static IEnumerable<CrmRecord> Contacts(int count, string idPrefix = "") =>
        Enumerable.Range(1, count).Select(i => Contact($"{idPrefix}{i}", $"person{i}@example.com"));

    public static string NewConnector() => "conn-" + Guid.NewGuid().ToString("N")[..12];
}
