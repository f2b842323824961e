namespace CrmSync.Salesforce.Tests.Soql;

public class SoqlTests
{
    [Theory]
    [InlineData("O'Brien", @"'O\'Brien'")]
    [InlineData(@"a\b", @"'a\\b'")]
    [InlineData(@"\'", @"'\\\''")]
    [InlineData("100%_x", "'100%_x'")]
    [InlineData("line\nbreak\t\"q\"", "'line\\nbreak\\t\\\"q\\\"'")]
    public void Quote_EscapesBackslashFirstThenQuotesAndControls(string value, string expected) =>
        Assert.Equal(expected, Salesforce.Soql.Soql.Quote(value));

    [Fact]
    public void Like_EscapesWildcards_AndAddsOnlyTheCodesOwn() =>
        Assert.Equal(@"'%100\%\_x\'%'", Salesforce.Soql.Soql.Like("100%_x'", prefix: true, suffix: true));

    [Theory]
    [InlineData("006' OR Id != '")]
    [InlineData("0068c000000001")]
    public void Id_RefusesAnythingButAnId(string value) =>
        Assert.Throws<ArgumentException>(() => Salesforce.Soql.Soql.Id(value));

    [Fact]
    public void Identifier_RefusesNamesThatCouldCarrySoql() =>
        Assert.Throws<ArgumentException>(() => Salesforce.Soql.Soql.Identifier("Name FROM User WHERE Id != null"));
}
