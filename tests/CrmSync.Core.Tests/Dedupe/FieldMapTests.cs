using CrmSync.Core.Dedupe;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Tests.Dedupe;

public class FieldMapTests
{
    [Fact]
    public void ToRecord_CanonicalContact_MapsPropertiesAndTimestamps()
    {
        var crm = new CrmRecord("contacts", "701", new Dictionary<string, string?>
        {
            [CanonicalFields.FirstName] = "Ana", [CanonicalFields.LastName] = "Lima", [CanonicalFields.Email] = "ana@example.com",
            [CanonicalFields.Phone] = "", [CanonicalFields.MobilePhone] = "415-555-2671",
            [CanonicalFields.CompanyName] = "Lima Ltd", [CanonicalFields.Postcode] = "94105",
        }, new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.Zero));

        var record = FieldMap.Contacts.ToRecord(crm);

        Assert.Equal("701", record.Id);
        Assert.Equal("Ana", record.Get(FieldRole.FirstName));
        Assert.Equal("Lima", record.Get(FieldRole.LastName));
        Assert.Equal("415-555-2671", record.Get(FieldRole.Phone));
        Assert.Equal("Lima Ltd", record.Get(FieldRole.CompanyName));
        Assert.Equal("94105", record.Get(FieldRole.Postcode));
        Assert.StartsWith("2024-01-02T03:04:05", record.Get(FieldRole.CreatedAt));
        Assert.StartsWith("2024-07-01", record.Get(FieldRole.LastActivityAt));
    }

    [Fact]
    public void ToRecord_CanonicalActivityDates_PreferLastActivityThenModified()
    {
        var created = new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero);
        var modifiedOnly = new CrmRecord("contacts", "1",
            new Dictionary<string, string?> { [CanonicalFields.ModifiedAt] = "2024-05-05T00:00:00Z", [CanonicalFields.CreatedAt] = "2023-01-01T00:00:00Z" },
            created, created);
        var both = modifiedOnly with
        {
            Properties = new Dictionary<string, string?>(modifiedOnly.Properties) { [CanonicalFields.LastActivityAt] = "2024-06-06T00:00:00Z" },
        };

        Assert.Equal("2024-05-05T00:00:00Z", FieldMap.Contacts.ToRecord(modifiedOnly).Get(FieldRole.LastActivityAt));
        Assert.Equal("2023-01-01T00:00:00Z", FieldMap.Contacts.ToRecord(modifiedOnly).Get(FieldRole.CreatedAt));
        Assert.Equal("2024-06-06T00:00:00Z", FieldMap.Contacts.ToRecord(both).Get(FieldRole.LastActivityAt));
    }

    [Fact]
    public void ToRecord_NativeHubSpotNames_NotMapped()
    {
        var record = FieldMap.Contacts.ToRecord("1", new Dictionary<string, string?> { ["firstname"] = "Ana", ["zip"] = "94105" });

        Assert.Null(record.Get(FieldRole.FirstName));
        Assert.Null(record.Get(FieldRole.Postcode));
    }

    [Fact]
    public void ToRecord_PropertyCaseDiffers_StillMapped()
    {
        var record = FieldMap.Companies.ToRecord("9", new Dictionary<string, string?> { ["Name"] = "Acme", ["DOMAIN"] = "acme.com" });
        Assert.Equal("Acme", record.Get(FieldRole.CompanyName));
        Assert.Equal("acme.com", record.Get(FieldRole.Website));
    }

    [Fact]
    public void DefaultMaps_OnlyCanonicalFieldKeys()
    {
        Assert.All(FieldMap.Contacts.Properties, p => Assert.True(CanonicalFields.IsCanonical(p), p));
        Assert.All(FieldMap.Companies.Properties, p => Assert.True(CanonicalFields.IsCanonical(p), p));
    }

    [Fact]
    public void With_RemapsProperty() =>
        Assert.True(FieldMap.Contacts.With(CanonicalFields.JobTitle, FieldRole.FullName).TryGetRole("JOB_TITLE", out var role) && role == FieldRole.FullName);

    [Fact]
    public void Constructor_PropertyTwice_Throws() =>
        Assert.Throws<ArgumentException>(() => FieldMap.Of(("email", FieldRole.Email), ("EMAIL", FieldRole.Phone)));

    [Fact]
    public void For_ContactsAndLeadsShareThePersonMap_CompaniesTheCompanyMap()
    {
        Assert.Same(FieldMap.Contacts, FieldMap.For(CrmObjectTypes.Contacts));
        Assert.Same(FieldMap.Contacts, FieldMap.For(CrmObjectTypes.Leads));
        Assert.Same(FieldMap.Companies, FieldMap.For(CrmObjectTypes.Companies));
    }

    [Fact]
    public void For_UnknownObjectType_Throws() => Assert.Throws<ArgumentException>(() => FieldMap.For("deals"));
}
