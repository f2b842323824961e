using CrmSync.Core.Activity;
using CrmSync.Core.Analysis;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Tests.Activity;

public class LastActivityAnalyzerTests
{
    private static readonly DateTimeOffset Now = new(2025, 4, 1, 12, 0, 0, TimeSpan.Zero);

    private static CrmRecord Record(string type, string id, string? lastActivity) =>
        new(type, id, new Dictionary<string, string?> { [CanonicalFields.LastActivityAt] = lastActivity }, Now.AddYears(-1), Now.AddDays(-1));

    private static AnalyzerResult Analyze(LastActivityOptions options, params CrmRecord[] records) =>
        new AnalysisRunner([LastActivityAnalyzer.Create(options)]).Run(new AnalysisContext(
            "crm-test", Now, records.GroupBy(r => r.ObjectType).ToDictionary(g => g.Key, g => (IReadOnlyList<CrmRecord>)g.ToList()), [], []));

    [Fact]
    public void Analyze_ContactsAndCompanies_WholeDaysSinceLastActivity()
    {
        var result = Analyze(new LastActivityOptions(),
            Record(CrmObjectTypes.Contacts, "1", "2025-03-01T13:00:00Z"),
            Record(CrmObjectTypes.Companies, "2", Now.AddDays(-3).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(
            [new ComputedValue(CrmObjectTypes.Contacts, "1", LastActivityAnalyzer.DaysProperty, "30"),
             new ComputedValue(CrmObjectTypes.Companies, "2", LastActivityAnalyzer.DaysProperty, "3")],
            result.Values);
    }

    [Fact]
    public void Analyze_NoActivityOrUnreadableDate_NoValue_AndFutureDateCountsAsZero()
    {
        var result = Analyze(new LastActivityOptions(),
            Record(CrmObjectTypes.Contacts, "1", null),
            Record(CrmObjectTypes.Contacts, "2", "last tuesday"),
            Record(CrmObjectTypes.Contacts, "3", "2025-04-05T00:00:00Z"));

        Assert.Equal([null, null, "0"], result.Values.Select(v => v.Value));
    }

    [Fact]
    public void Analyze_LimitedToCompanies_LeavesContactsAlone()
    {
        var result = Analyze(new LastActivityOptions { ObjectTypes = [CrmObjectTypes.Companies] },
            Record(CrmObjectTypes.Contacts, "1", "2025-03-01T00:00:00Z"),
            Record(CrmObjectTypes.Companies, "2", "2025-03-01T00:00:00Z"));

        Assert.Equal(CrmObjectTypes.Companies, Assert.Single(result.Values).ObjectType);
    }

    [Fact]
    public void Validate_OtherObjectType_NamesTheKey()
    {
        var problem = Assert.Single(new LastActivityOptions { ObjectTypes = ["deals"] }.Validate("CrmSync:Connectors:a:LastActivity"));

        Assert.StartsWith("CrmSync:Connectors:a:LastActivity:ObjectTypes:0 ", problem);
    }

    [Fact]
    public void Describe_ReadsOnlyTheLastActivityDateAndWritesOneNumberPerType()
    {
        var descriptor = LastActivityAnalyzer.Describe();

        Assert.Equal(LastActivityOptions.SectionName, descriptor.SectionName);
        Assert.All(descriptor.Inputs, i => Assert.Equal([CanonicalFields.LastActivityAt], i.Fields));
        Assert.Equal([CrmObjectTypes.Contacts, CrmObjectTypes.Companies], descriptor.Properties.Select(p => p.ObjectType));
        Assert.All(descriptor.Properties, p => Assert.Equal(LastActivityAnalyzer.DaysProperty, p.Name));
        Assert.Empty(descriptor.AlertTypes);
    }
}
