using CrmSync.Core.Dedupe;
using CrmSync.Core.Records;

namespace CrmSync.Core.Tests.Dedupe;

public class FieldMapTests
{
    [Fact]
    public void ToRecord_HubSpotContact_MapsPropertiesAndTimestamps()
    {
        var crm = new CrmRecord("contacts", "701", new Dictionary<string, string?>
        {
            ["firstname"] = "Ana", ["lastname"] = "Lima", ["email"] = "ana@example.com", ["phone"] = "", ["mobilephone"] = "415-555-2671",
        }, new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.Zero));

        var record = FieldMap.HubSpotContacts.ToRecord(crm);

        Assert.Equal("701", record.Id);
        Assert.Equal("Ana", record.Get(FieldRole.FirstName));
        Assert.Equal("415-555-2671", record.Get(FieldRole.Phone));
        Assert.StartsWith("2024-01-02T03:04:05", record.Get(FieldRole.CreatedAt));
        Assert.StartsWith("2024-07-01", record.Get(FieldRole.LastActivityAt));
    }

    [Fact]
    public void ToRecord_PropertyCaseDiffers_StillMapped()
    {
        var record = FieldMap.HubSpotCompanies.ToRecord("9", new Dictionary<string, string?> { ["Name"] = "Acme", ["DOMAIN"] = "acme.com" });
        Assert.Equal("Acme", record.Get(FieldRole.CompanyName));
        Assert.Equal("acme.com", record.Get(FieldRole.Website));
    }

    [Fact]
    public void With_RemapsProperty() =>
        Assert.True(FieldMap.HubSpotContacts.With("jobtitle", FieldRole.FullName).TryGetRole("JOBTITLE", out var role) && role == FieldRole.FullName);

    [Fact]
    public void Constructor_PropertyTwice_Throws() =>
        Assert.Throws<ArgumentException>(() => FieldMap.Of(("email", FieldRole.Email), ("EMAIL", FieldRole.Phone)));

    [Fact]
    public void For_UnknownObjectType_Throws() => Assert.Throws<ArgumentException>(() => FieldMap.For("deals"));
}
