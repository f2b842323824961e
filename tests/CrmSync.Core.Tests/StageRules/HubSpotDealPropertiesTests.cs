using CrmSync.Core.StageRules;

namespace CrmSync.Core.Tests.StageRules;

public class HubSpotDealPropertiesTests
{
    [Fact]
    public void RequiredFor_Pipelines_AddsEntryDateOfEveryOpenStageOnly()
    {
        var properties = HubSpotDealProperties.RequiredFor([TestPipelines.Sales]);

        Assert.Contains("dealstage", properties);
        Assert.Contains("hs_v2_date_entered_current_stage", properties);
        Assert.Contains("hs_v2_date_entered_negotiation", properties);
        Assert.DoesNotContain("hs_v2_date_entered_closedwon", properties);
        Assert.Equal(HubSpotDealProperties.Required.Count + 4, properties.Count);
    }
}
