using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Core.StageCriteria;
using CrmSync.Core.Tests.StageRules;

namespace CrmSync.Core.Tests.StageCriteria;

public class CriterionCompilerTests
{
    private static readonly DateTimeOffset Now = DealBuilder.Utc(2025, 4, 1);

    private static bool Holds(CriterionOptions check, CrmRecord deal)
    {
        var problems = new List<string>();
        var criterion = CriterionCompiler.Compile(check, "K", problems);
        Assert.Empty(problems);
        var values = RecordValues.Of(deal, Now, 5);
        return criterion!.Holds(deal, values, Now);
    }

    private static CrmRecord Deal(params (string Key, string? Value)[] properties)
    {
        var builder = new DealBuilder("1").InStage("proposal");
        foreach (var (key, value) in properties)
            builder.With(key, value);
        return builder.Build();
    }

    [Fact]
    public void Required_EmptyOrBlank_DoesNotHold()
    {
        Assert.False(Holds(CriterionOptions.RequiredField("amount"), Deal(("amount", " "))));
        Assert.True(Holds(CriterionOptions.RequiredField("amount"), Deal(("amount", "10"))));
    }

    [Theory]
    [InlineData(">", "0", "5", true)]
    [InlineData(">", "0", "0", false)]
    [InlineData(">=", "100", "100", true)]
    [InlineData("!=", "3", "3", false)]
    public void Compare_Numbers(string op, string value, string amount, bool expected) =>
        Assert.Equal(expected, Holds(CriterionOptions.Compare("amount", op, value), Deal(("amount", amount))));

    [Fact]
    public void Compare_DateAgainstToday_UsesTheRunsDay()
    {
        var check = CriterionOptions.Compare(CanonicalFields.CloseDate, ">=", "today");

        Assert.True(Holds(check, Deal((CanonicalFields.CloseDate, "2025-04-01"))));
        Assert.False(Holds(check, Deal((CanonicalFields.CloseDate, "2025-03-31T23:59:00Z"))));
        Assert.True(Holds(check, Deal((CanonicalFields.CloseDate, null)))); // empty: Required's business
    }

    [Fact]
    public void Associations_CountsAssociatedIds()
    {
        var deal = Deal() with
        {
            Associations = new Dictionary<string, IReadOnlyList<string>> { [CrmObjectTypes.Contacts] = ["c1", "c2"] },
        };

        Assert.True(Holds(CriterionOptions.Associated(CrmObjectTypes.Contacts, 2), deal));
        Assert.False(Holds(CriterionOptions.Associated(CrmObjectTypes.Contacts, 3), deal));
        Assert.False(Holds(CriterionOptions.Associated(CrmObjectTypes.Companies, 1), deal));
    }

    [Fact]
    public void Expression_ReadsFieldsCountsAndFunctions()
    {
        var deal = Deal(("amount", "5000"), (CanonicalFields.CloseDate, "2025-04-11")) with
        {
            Associations = new Dictionary<string, IReadOnlyList<string>> { [CrmObjectTypes.Contacts] = ["c1"] },
        };

        Assert.True(Holds(new CriterionOptions { Expression = "amount >= 1000 && contacts_count >= 1 && days_until(close_date) = 10" }, deal));
        Assert.False(Holds(new CriterionOptions { Expression = "is_blank(amount) || days_in_stage > 5" }, deal));
        Assert.True(Holds(new CriterionOptions { Expression = "close_date > today" }, deal));
    }

    [Fact]
    public void Expression_MisspeltField_IsAProblemNamingKeyAndName()
    {
        var problems = new List<string>();

        Assert.Null(CriterionCompiler.Compile(new CriterionOptions { Expression = "ammount > 0" }, "CrmSync:Connectors:hs:StageCriteria:Pipelines:*:proposal:Entry:0", problems));

        var problem = Assert.Single(problems);
        Assert.StartsWith("CrmSync:Connectors:hs:StageCriteria:Pipelines:*:proposal:Entry:0:Expression ", problem);
        Assert.Contains("unknown field(s) 'ammount'", problem);
    }

    [Theory]
    [InlineData("amount > > 0", "is not a valid expression")]
    [InlineData("Sqrt(amount) > 0", "unknown function(s) 'Sqrt'")]
    [InlineData("(amount > 0", "is not a valid expression")]
    public void Expression_InvalidOrOutsideTheVocabulary_IsAProblem(string expression, string expected)
    {
        var problems = new List<string>();

        CriterionCompiler.Compile(new CriterionOptions { Expression = expression }, "K:Entry:1", problems);

        Assert.Contains(expected, Assert.Single(problems));
    }

    [Fact]
    public void Required_MisspeltField_SuggestsTheCanonicalOne()
    {
        var problems = new List<string>();

        CriterionCompiler.Compile(CriterionOptions.RequiredField("close_dat"), "K:Entry:0", problems);

        Assert.Equal("K:Entry:0:Required: 'close_dat' is not a canonical field (did you mean 'close_date'? see docs/stage-criteria.md).", Assert.Single(problems));
    }

    [Fact]
    public void Compile_TwoFormsInOneCheck_IsAProblem()
    {
        var problems = new List<string>();

        CriterionCompiler.Compile(new CriterionOptions { Required = "amount", Expression = "amount > 0" }, "K", problems);

        Assert.Contains("exactly one of", Assert.Single(problems));
    }

    [Fact]
    public void Expression_NotBoolean_FailsAsNotMet()
    {
        var problems = new List<string>();
        var criterion = CriterionCompiler.Compile(new CriterionOptions { Expression = "amount + 1" }, "K", problems)!;
        var deal = Deal(("amount", "1"));

        Assert.False(TransitionChecks.Holds(criterion, deal, RecordValues.Of(deal, Now, null), Now));
    }
}
