using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.HubSpot.Mapping;

namespace CrmSync.HubSpot.Tests.Mapping;

public sealed class FieldMapTests
{
    // The expected tables, written out independently of the connector's so a changed name shows here.
    private static readonly Dictionary<string, Dictionary<string, string>> Expected = new()
    {
        [CrmObjectTypes.Contacts] = new()
        {
            ["first_name"] = "firstname", ["last_name"] = "lastname", ["email"] = "email", ["phone"] = "phone",
            ["mobile_phone"] = "mobilephone", ["job_title"] = "jobtitle", ["company_name"] = "company", ["website"] = "website",
            ["address"] = "address", ["city"] = "city", ["postcode"] = "zip", ["state"] = "state", ["country"] = "country",
            ["date_of_birth"] = "date_of_birth", ["lifecycle_stage"] = "lifecyclestage", ["lead_status"] = "hs_lead_status",
            ["owner_id"] = "hubspot_owner_id", ["created_at"] = "createdate", ["modified_at"] = "lastmodifieddate",
            ["last_activity_at"] = "notes_last_updated",
        },
        [CrmObjectTypes.Companies] = new()
        {
            ["name"] = "name", ["domain"] = "domain", ["website"] = "website", ["phone"] = "phone", ["address"] = "address",
            ["address2"] = "address2", ["city"] = "city", ["postcode"] = "zip", ["state"] = "state", ["country"] = "country",
            ["industry"] = "industry", ["lifecycle_stage"] = "lifecyclestage", ["owner_id"] = "hubspot_owner_id",
            ["created_at"] = "createdate", ["modified_at"] = "hs_lastmodifieddate", ["last_activity_at"] = "notes_last_updated",
        },
        [CrmObjectTypes.Deals] = new()
        {
            ["name"] = "dealname", ["amount"] = "amount", ["currency"] = "deal_currency_code", ["stage"] = "dealstage",
            ["pipeline"] = "pipeline", ["close_date"] = "closedate", ["is_closed"] = "hs_is_closed", ["is_won"] = "hs_is_closed_won",
            ["owner_id"] = "hubspot_owner_id", ["created_at"] = "createdate", ["modified_at"] = "hs_lastmodifieddate",
            ["last_activity_at"] = "notes_last_updated", ["current_stage_entered_at"] = "hs_v2_date_entered_current_stage",
            ["recurring_amount"] = "hs_mrr", ["deal_type"] = "dealtype",
        },
    };

    public static TheoryData<string, string, string> MappedKeys()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (type, fields) in Expected)
        {
            foreach (var (canonical, native) in fields)
                data.Add(type, canonical, native);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MappedKeys))]
    public void MappedKey_RoundTrips(string objectType, string canonical, string native)
    {
        var map = HubSpotFieldMaps.For(objectType);

        Assert.Equal(native, map.ToNative(canonical));
        Assert.Equal(canonical, map.ToCanonical(native));
    }

    [Theory]
    [InlineData(CrmObjectTypes.Contacts)]
    [InlineData(CrmObjectTypes.Companies)]
    [InlineData(CrmObjectTypes.Deals)]
    public void Fields_AreExactlyTheDocumentedTable(string objectType)
    {
        var fields = HubSpotFieldMaps.For(objectType).Fields;

        Assert.Equal(Expected[objectType].OrderBy(f => f.Key), fields.OrderBy(f => f.Key));
        Assert.All(fields.Keys, key => Assert.True(CanonicalFields.IsCanonical(key), key));
    }

    [Theory]
    [InlineData("contractsent")]
    [InlineData("93485721")]
    public void StageEnteredAt_OnDeals_MapsToStageCalculatedPropertyAndBack(string stageId)
    {
        var key = CanonicalFields.StageEnteredAt(stageId);

        Assert.Equal($"hs_v2_date_entered_{stageId}", HubSpotFieldMaps.Deals.ToNative(key));
        Assert.Equal(key, HubSpotFieldMaps.Deals.ToCanonical($"hs_v2_date_entered_{stageId}"));
    }

    [Fact]
    public void StageEnteredAt_CurrentStageProperty_IsTheCurrentStageEntryNotAStageNamedCurrentStage()
    {
        Assert.Equal(CanonicalFields.CurrentStageEnteredAt, HubSpotFieldMaps.Deals.ToCanonical("hs_v2_date_entered_current_stage"));

        var error = Assert.Throws<ArgumentException>(() => HubSpotFieldMaps.Deals.ToNative(CanonicalFields.StageEnteredAt("current_stage")));

        Assert.Contains("current_stage", error.Message);
    }

    [Theory]
    [InlineData("a,b")]
    [InlineData("two words")]
    public void StageEnteredAt_StageIdThatWouldBreakTheRequest_Throws(string stageId)
    {
        var error = Assert.Throws<ArgumentException>(() => HubSpotFieldMaps.Deals.ToNative(CanonicalFields.StageEnteredAt(stageId)));

        Assert.Contains($"'{stageId}'", error.Message);
    }

    [Fact]
    public void StageEnteredAt_OnContacts_ThrowsAndLifecycleEntryDatesAreDropped()
    {
        var error = Assert.Throws<ArgumentException>(() => HubSpotFieldMaps.Contacts.ToNative(CanonicalFields.StageEnteredAt("lead")));

        Assert.Contains("'contacts'", error.Message);
        Assert.Null(HubSpotFieldMaps.Contacts.ToCanonical("hs_v2_date_entered_lead"));
    }

    [Theory]
    [InlineData(CrmObjectTypes.Contacts, "duplicate_group")]
    [InlineData(CrmObjectTypes.Companies, "duplicate_score")]
    [InlineData(CrmObjectTypes.Deals, "days_in_stage")]
    public void ComputedKey_MapsToCrmsyncPrefixedNameAndBack(string objectType, string key)
    {
        var map = HubSpotFieldMaps.For(objectType);

        Assert.Equal($"crmsync_{key}", map.ToNative(key));
        Assert.Equal($"crmsync_{key}", map.ToWritableNative(key));
        Assert.Equal(key, map.ToCanonical($"crmsync_{key}"));
    }

    [Fact]
    public void ComputedKey_AlreadyPrefixed_ThrowsSuggestingTheCanonicalKey()
    {
        var error = Assert.Throws<ArgumentException>(() => HubSpotFieldMaps.Deals.ToWritableNative("crmsync_health"));

        Assert.Contains("'health'", error.Message);
        Assert.Null(HubSpotFieldMaps.Deals.ToCanonical("crmsync_crmsync_health"));
    }

    [Theory]
    [InlineData("crmsync_Health")]
    [InlineData("crmsync_")]
    [InlineData("crmsync_first_name")]
    [InlineData("hs_object_id")]
    [InlineData("hs_v2_date_exited_contractsent")]
    [InlineData("dealname_x")]
    public void NativeProperty_MappingToNothing_IsNull(string native) =>
        Assert.Null(HubSpotFieldMaps.Deals.ToCanonical(native));

    [Fact]
    public void ToCanonical_PropertiesMap_ReKeysAndDropsWhatMapsToNothing()
    {
        var native = new Dictionary<string, string?>
        {
            ["dealstage"] = "contractsent", ["hs_object_id"] = "512", ["crmsync_days_in_stage"] = "12",
            ["hs_v2_date_entered_contractsent"] = "2024-06-01T00:00:00.000Z", ["amount"] = null, ["hs_acv"] = "9",
        };

        var canonical = HubSpotFieldMaps.Deals.ToCanonical(native);

        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["stage"] = "contractsent", ["days_in_stage"] = "12",
                ["stage_entered_at:contractsent"] = "2024-06-01T00:00:00.000Z", ["amount"] = null,
            },
            canonical);
    }

    [Fact]
    public void ToCanonical_DynamicName_ReturnsTheSameStringEachTime()
    {
        var first = HubSpotFieldMaps.Deals.ToCanonical(new string("hs_v2_date_entered_qualifiedtobuy".AsSpan()));
        var second = HubSpotFieldMaps.Deals.ToCanonical(new string("hs_v2_date_entered_qualifiedtobuy".AsSpan()));

        Assert.Equal("stage_entered_at:qualifiedtobuy", first);
        Assert.Same(first, second);
    }
}
