using CrmSync.Core.Records;

namespace CrmSync.Core.Tests.Records;

public class CrmObjectTypesTests
{
    [Fact]
    public void All_TheFourStoredRecordKinds() =>
        Assert.Equal(["contacts", "leads", "companies", "deals"], CrmObjectTypes.All);

    [Theory]
    [InlineData(CrmObjectTypes.Contacts)]
    [InlineData(CrmObjectTypes.Leads)]
    [InlineData(CrmObjectTypes.Companies)]
    [InlineData(CrmObjectTypes.Deals)]
    public void IsRecordType_StoredKinds_True(string objectType) => Assert.True(CrmObjectTypes.IsRecordType(objectType));

    [Theory]
    [InlineData(CrmObjectTypes.Owners)]
    [InlineData(CrmObjectTypes.Tasks)]
    [InlineData("Deals")]
    [InlineData("tickets")]
    [InlineData("")]
    [InlineData(null)]
    public void IsRecordType_OwnersTasksAndUnknown_False(string? objectType) => Assert.False(CrmObjectTypes.IsRecordType(objectType));
}
