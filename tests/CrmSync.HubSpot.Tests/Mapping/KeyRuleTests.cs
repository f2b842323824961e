using CrmSync.Core.Records;
using CrmSync.HubSpot.Mapping;

namespace CrmSync.HubSpot.Tests.Mapping;

/// <summary>Keys that map to nothing fail loudly, naming key and object type.</summary>
public sealed class KeyRuleTests
{
    [Theory]
    [InlineData(CrmObjectTypes.Deals, "dealStage")]
    [InlineData(CrmObjectTypes.Contacts, "first-name")]
    [InlineData(CrmObjectTypes.Contacts, "hs_lead_status")]
    [InlineData(CrmObjectTypes.Contacts, "firstname")]
    public void UnknownKey_ThrowsNamingKeyAndObjectType(string objectType, string key)
    {
        var error = Assert.Throws<ArgumentException>(() => HubSpotFieldMaps.For(objectType).ToNative(key));

        Assert.Contains($"'{key}'", error.Message);
        Assert.Contains($"'{objectType}'", error.Message);
    }

    [Theory]
    [InlineData(CrmObjectTypes.Deals, "dealstage", "stage")]
    [InlineData(CrmObjectTypes.Contacts, "firstname", "first_name")]
    [InlineData(CrmObjectTypes.Companies, "hubspot_owner_id", "owner_id")]
    public void HubSpotNameInsteadOfCanonicalKey_ThrowsNamingTheCanonicalKey(string objectType, string native, string canonical)
    {
        var map = HubSpotFieldMaps.For(objectType);

        var read = Assert.Throws<ArgumentException>(() => map.ToNative(native));
        var write = Assert.Throws<ArgumentException>(() => map.ToWritableNative(native));

        Assert.Contains($"use the canonical key '{canonical}'", read.Message);
        Assert.Contains($"use the canonical key '{canonical}'", write.Message);
        Assert.Null(map.ToCanonical($"crmsync_{native}"));
    }

    [Theory]
    [InlineData(CrmObjectTypes.Deals, "contract_end")]
    [InlineData(CrmObjectTypes.Deals, "contract_start")]
    [InlineData(CrmObjectTypes.Deals, "first_name")]
    [InlineData(CrmObjectTypes.Contacts, "is_converted")]
    [InlineData(CrmObjectTypes.Companies, "stage")]
    public void CanonicalFieldWithoutHubSpotProperty_ThrowsSayingSo(string objectType, string key)
    {
        var error = Assert.Throws<ArgumentException>(() => HubSpotFieldMaps.For(objectType).ToNative(key));

        Assert.Equal($"Canonical field '{key}' has no HubSpot property on '{objectType}'. (Parameter 'key')", error.Message);
    }

    [Theory]
    [InlineData("owner_id")]
    [InlineData("stage")]
    public void ToWritableNative_CanonicalField_IsRefused(string key)
    {
        var error = Assert.Throws<ArgumentException>(() => HubSpotFieldMaps.Deals.ToWritableNative(key));

        Assert.Contains("writes only its own computed properties", error.Message);
    }

    [Theory]
    [InlineData(CrmObjectTypes.Leads)]
    [InlineData("tickets")]
    public void For_UnsupportedObjectType_ThrowsListingTheSupportedOnes(string objectType)
    {
        var error = Assert.Throws<ArgumentException>(() => HubSpotFieldMaps.For(objectType));

        Assert.Contains($"'{objectType}'", error.Message);
        Assert.Contains("contacts, companies, deals", error.Message);
    }
}
