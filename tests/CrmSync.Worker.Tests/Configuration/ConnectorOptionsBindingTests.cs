using CrmSync.Worker.Configuration;
using Microsoft.Extensions.Configuration;

namespace CrmSync.Worker.Tests.Configuration;

public class ConnectorOptionsBindingTests
{
    private static ConnectorOptions Bind(params (string Key, string? Value)[] values)
    {
        var options = new ConnectorOptions();
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build().Bind(options);
        return options;
    }

    [Fact]
    public void ObjectTypes_OneObjectConfigured_IsExactlyThatObject()
    {
        Assert.Equal(["contacts"], Bind(("Objects:0", "contacts")).ObjectTypes);
    }

    [Fact]
    public void ObjectTypes_NoneConfigured_IsEveryObject()
    {
        Assert.Equal(["contacts", "companies", "deals"], Bind().ObjectTypes);
    }

    [Fact]
    public void StageAge_Limits_BindByStageId()
    {
        var options = Bind(("StageAge:DefaultLimitDays", "21"), ("StageAge:LimitsByStage:contractsent", "7"));

        Assert.Equal(7, options.StageAge.LimitFor("contractsent"));
        Assert.Equal(21, options.StageAge.LimitFor("qualifiedtobuy"));
    }
}
