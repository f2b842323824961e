using CrmSync.Core.Analysis;
using CrmSync.Core.Duplicates;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Tests.Duplicates;

/// <summary>Leads and contacts matched as one population of people (issue 8 point 3).</summary>
public class CrossObjectDuplicateTests
{
    private static readonly DateTimeOffset Now = new(2025, 4, 1, 12, 0, 0, TimeSpan.Zero);

    private static CrmRecord Person(string type, string id, string? first, string? last, string? email, string? phone, params (string Key, string? Value)[] more)
    {
        var properties = new Dictionary<string, string?>
        {
            [CanonicalFields.FirstName] = first, [CanonicalFields.LastName] = last, [CanonicalFields.Email] = email,
            [CanonicalFields.Phone] = phone, [CanonicalFields.OwnerId] = $"owner-of-{type}-{id}",
        };
        foreach (var (key, value) in more)
            properties[key] = value;
        return new CrmRecord(type, id, properties, Now.AddDays(-100), Now.AddDays(-1));
    }

    private static CrmRecord Contact(string id, string? first, string? last, string? email, string? phone, params (string, string?)[] more) =>
        Person(CrmObjectTypes.Contacts, id, first, last, email, phone, more);

    private static CrmRecord Lead(string id, string? first, string? last, string? email, string? phone, params (string, string?)[] more) =>
        Person(CrmObjectTypes.Leads, id, first, last, email, phone, more);

    /// <summary>100 distinct contacts numbered 1..100, so the model has non-matches to learn from and lead ids 1..6 collide with contact ids.</summary>
    private static List<CrmRecord> Background()
    {
        var first = new[] { "Ana", "Bea", "Carl", "Dina", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jon" };
        var last = new[] { "Silva", "Moore", "Khan", "Lopez", "Weber", "Novak", "Ito", "Berg", "Costa", "Dunn" };
        return Enumerable.Range(0, 100).Select(i => Contact($"{i + 1}", first[i % 10], last[i / 10],
            $"{first[i % 10]}.{last[i / 10]}{i}@example{i % 7}.com", $"303-555-{1000 + i}")).ToList();
    }

    private static List<CrmRecord> Population() =>
    [
        .. Background(),
        // The contact holds little; its lead copy (email in another case) holds more: the contact still wins.
        Contact("c1", "Robert", "Zaborowski", "rob.zab@acme.com", null),
        Lead("1", "Robert", "Zaborowski", "Rob.Zab@ACME.com", "415-555-2671",
            (CanonicalFields.City, "Oakland"), (CanonicalFields.JobTitle, "CTO"), (CanonicalFields.CompanyName, "Acme")),
        Contact("c2", "Maria", "Fernandez", "m.fernandez@globex.com", "(212) 555-0199"),
        Lead("2", "Maria", "Fernandez", null, "+1 212.555.0199"),
        Contact("c3", "Jonathan", "Whitaker", "jwhitaker@initrode.com", "617-555-0142"),
        Lead("3", "Jonathan", "Whitacker", "jwhitaker@initrode.com", null),
        // Converted: the lead is exactly the contact it became.
        Contact("c4", "Olga", "Petrenko", "olga.petrenko@umbrella.com", "503-555-0177"),
        Lead("4", "Olga", "Petrenko", "olga.petrenko@umbrella.com", "503-555-0177",
            (CanonicalFields.IsConverted, "true"), (CanonicalFields.ConvertedContactId, "c4")),
        // Lead ↔ lead, no contact.
        Lead("5", "Priya", "Raman", "priya.raman@hooli.com", "408-555-0110", (CanonicalFields.City, "Palo Alto")),
        Lead("6", "Priya", "Ramen", "priya.raman@hooli.com", null),
    ];

    private static AnalyzerResult Analyze(IEnumerable<CrmRecord> records) =>
        new AnalysisRunner([DuplicateAnalyzer.Create(new DuplicateDetectionOptions())]).Run(new AnalysisContext(
            "crm-test", Now, records.GroupBy(r => r.ObjectType).ToDictionary(g => g.Key, g => (IReadOnlyList<CrmRecord>)g.ToList()), [], []));

    private static string? Value(AnalyzerResult result, string type, string id, string property) =>
        result.Values.Single(v => v.ObjectType == type && v.RecordId == id && v.Property == property).Value;

    [Theory]
    [InlineData("1", "c1")] // email case (the lead more complete than the contact)
    [InlineData("2", "c2")] // phone format, no email
    [InlineData("3", "c3")] // last-name typo
    public void Analyze_LeadCopyingAContact_GroupedWithTheContactAsPrimary(string lead, string contact)
    {
        var result = Analyze(Population());

        var group = Value(result, CrmObjectTypes.Leads, lead, DuplicateProperties.Group);
        Assert.NotNull(group);
        Assert.Equal(group, Value(result, CrmObjectTypes.Contacts, contact, DuplicateProperties.Group));
        Assert.Equal(contact, Value(result, CrmObjectTypes.Leads, lead, DuplicateProperties.DuplicateOf));
        Assert.Null(Value(result, CrmObjectTypes.Contacts, contact, DuplicateProperties.DuplicateOf));
        Assert.True(double.Parse(Value(result, CrmObjectTypes.Leads, lead, DuplicateProperties.Score)!, System.Globalization.CultureInfo.InvariantCulture) >= 0.5);
        // Lead ids collide with the background contacts 1..6; those stay alone.
        Assert.Null(Value(result, CrmObjectTypes.Contacts, lead, DuplicateProperties.Group));
    }

    [Theory]
    [InlineData("1", "c1")]
    [InlineData("2", "c2")]
    [InlineData("3", "c3")]
    public void Analyze_LeadCopyingAContact_OneTaskOnTheLeadForTheLeadsOwner(string lead, string contact)
    {
        var result = Analyze(Population());

        var group = Value(result, CrmObjectTypes.Leads, lead, DuplicateProperties.Group);
        var alert = Assert.Single(result.Alerts, a => a.Key.EndsWith(":" + group, StringComparison.Ordinal));
        Assert.Equal((CrmObjectTypes.Leads, lead, $"owner-of-leads-{lead}"), (alert.ObjectType, alert.RecordId, alert.OwnerId));
        Assert.Equal($"duplicate_group:leads:{group}", alert.Key);
        Assert.Contains($"Suggested primary: contact ", alert.Body, StringComparison.Ordinal);
        Assert.Contains($"(id {contact})", alert.Body, StringComparison.Ordinal);
        Assert.StartsWith("CrmSync: lead ", alert.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_ConvertedLead_IsNotADuplicateOfTheContactItBecame()
    {
        var result = Analyze(Population());

        Assert.DoesNotContain(result.Values, v => v.ObjectType == CrmObjectTypes.Leads && v.RecordId == "4");
        Assert.Null(Value(result, CrmObjectTypes.Contacts, "c4", DuplicateProperties.Group));
        Assert.DoesNotContain(result.Alerts, a => a.RecordId is "4" or "c4");
    }

    [Fact]
    public void Analyze_LeadCopyingALead_GroupedOneTaskOnTheDuplicateLead()
    {
        var result = Analyze(Population());

        var group = Value(result, CrmObjectTypes.Leads, "5", DuplicateProperties.Group);
        Assert.NotNull(group);
        Assert.Equal(group, Value(result, CrmObjectTypes.Leads, "6", DuplicateProperties.Group));
        var (primary, duplicate) = Value(result, CrmObjectTypes.Leads, "5", DuplicateProperties.DuplicateOf) is null ? ("5", "6") : ("6", "5");
        Assert.Equal(primary, Value(result, CrmObjectTypes.Leads, duplicate, DuplicateProperties.DuplicateOf));
        var alert = Assert.Single(result.Alerts, a => a.Key == $"duplicate_group:leads:{group}");
        Assert.Equal((CrmObjectTypes.Leads, duplicate, $"owner-of-leads-{duplicate}"), (alert.ObjectType, alert.RecordId, alert.OwnerId));
    }

    [Fact]
    public void Analyze_EveryPersonGetsItsFourValues_OneAlertPerGroup_NothingElseGrouped()
    {
        var population = Population();
        var result = Analyze(population);

        Assert.Equal((population.Count - 1) * DuplicateProperties.All.Count, result.Values.Count);
        var grouped = result.Values.Where(v => v.Property == DuplicateProperties.Group && v.Value is not null)
            .Select(v => $"{v.ObjectType}/{v.RecordId}").Order(StringComparer.Ordinal);
        Assert.Equal(["contacts/c1", "contacts/c2", "contacts/c3", "leads/1", "leads/2", "leads/3", "leads/5", "leads/6"], grouped);
        Assert.Equal(4, result.Alerts.Count);
        Assert.All(result.Alerts, a => Assert.Equal(CrmObjectTypes.Leads, a.ObjectType));
    }

    [Fact]
    public void Analyze_WithoutLeads_ContactGroupsAndAlertsAsBefore()
    {
        var contacts = Population().Where(r => r.ObjectType == CrmObjectTypes.Contacts)
            .Append(Contact("c5", "Rob", "Zaborowski", "Rob.Zab@acme.com", "415-555-2671")).ToList();

        var result = Analyze(contacts);

        var group = Value(result, CrmObjectTypes.Contacts, "c1", DuplicateProperties.Group);
        Assert.NotNull(group);
        var alert = Assert.Single(result.Alerts);
        Assert.Equal($"duplicate_group:contacts:{group}", alert.Key);
        Assert.Equal(CrmObjectTypes.Contacts, alert.ObjectType);
        Assert.StartsWith("CrmSync: 1 possible duplicate contact of ", alert.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Values, v => v.ObjectType == CrmObjectTypes.Leads);
    }
}
