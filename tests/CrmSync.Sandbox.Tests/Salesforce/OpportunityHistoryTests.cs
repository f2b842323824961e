using System.Net;
using CrmSync.Sandbox.Salesforce;

namespace CrmSync.Sandbox.Tests.Salesforce;

public sealed class OpportunityHistoryTests : SalesforceTestBase
{
    internal override SalesforceOrgOptions CreateOptions() => SalesforceClient.Options(records: 2_000);

    [Fact]
    public void SeededHistory_EachOpportunity_EndsInItsCurrentStageAndShowsWinsLossesSkipsRegressionsAndStalls()
    {
        var stages = Org.State.Query("SELECT ApiName, SortOrder, IsClosed, IsWon FROM OpportunityStage").ToDictionary(s => (string)s["ApiName"]!);
        var history = Org.State.Query("SELECT OpportunityId, StageName, Amount, PrevAmount, CreatedDate FROM OpportunityHistory ORDER BY OpportunityId, CreatedDate, Id")
            .GroupBy(r => (string)r["OpportunityId"]!).ToDictionary(g => g.Key, g => g.ToList());
        var opportunities = Org.State.Query("SELECT Id, StageName, IsClosed, IsWon, CreatedDate FROM Opportunity");
        int won = 0, lost = 0, skipped = 0, regressed = 0, stalled = 0, amountOnly = 0;
        foreach (var opportunity in opportunities)
        {
            var rows = history[(string)opportunity["Id"]!];
            Assert.Equal(opportunity["StageName"], rows[^1]["StageName"]);
            Assert.Equal(opportunity["CreatedDate"], rows[0]["CreatedDate"]);
            var order = rows.Select(r => (double)stages[(string)r["StageName"]!]["SortOrder"]!).ToList();
            won += opportunity["IsWon"] is true ? 1 : 0;
            lost += opportunity["IsClosed"] is true && opportunity["IsWon"] is false ? 1 : 0;
            regressed += order.Zip(order.Skip(1)).Any(p => p.Second < p.First) ? 1 : 0;
            skipped += order.Zip(order.Skip(1)).Any(p => p.Second > p.First + 1 && p.Second < 9) ? 1 : 0;
            stalled += opportunity["IsClosed"] is false && (DateTime)rows[^1]["CreatedDate"]! < Org.State.SeededAt.UtcDateTime.AddDays(-60) ? 1 : 0;
            amountOnly += rows.Zip(rows.Skip(1)).Count(p => p.First["StageName"] == p.Second["StageName"] && !Equals(p.First["Amount"], p.Second["Amount"]) && Equals(p.Second["PrevAmount"], p.First["Amount"]));
        }

        Assert.InRange(won, opportunities.Count / 6, opportunities.Count / 3);
        Assert.InRange(lost, opportunities.Count / 8, opportunities.Count / 3);
        Assert.All(new[] { skipped, regressed, stalled, amountOnly }, count => Assert.True(count > 5, $"skipped {skipped}, regressed {regressed}, stalled {stalled}, amount-only {amountOnly}"));
    }

    [Fact]
    public async Task Patch_TrackedFieldChanges_AppendOneHistoryRowEachWithPreviousValues()
    {
        var id = Org.FirstId("SELECT Id FROM Opportunity WHERE IsClosed = false AND Amount != null ORDER BY Id LIMIT 1");
        var before = Org.State.GetRecord(id)!;
        var rows = History(id).Count;
        Org.Clock.Advance(TimeSpan.FromHours(1));

        await Org.PatchAsync($"{SalesforceClient.Data}/sobjects/Opportunity/{id}", """{"NextStep":"Call the CFO"}""");
        Assert.Equal(rows, History(id).Count);
        await Org.PatchAsync($"{SalesforceClient.Data}/sobjects/Opportunity/{id}", """{"Amount": 123456.5}""");
        await Org.PatchAsync($"{SalesforceClient.Data}/sobjects/Opportunity/{id}", """{"StageName":"Negotiation/Review","CloseDate":"2026-01-31"}""");
        await Org.PatchAsync($"{SalesforceClient.Data}/sobjects/Opportunity/{id}", """{"Probability": 95}""");

        var after = History(id);
        Assert.Equal(rows + 3, after.Count);
        Assert.Equal(123456.5, after[rows]["Amount"]);
        Assert.Equal(before["Amount"], after[rows]["PrevAmount"]);
        Assert.Equal("Negotiation/Review", after[rows + 1]["StageName"]);
        Assert.Equal(90.0, after[rows + 1]["Probability"]);
        Assert.Equal(new DateOnly(2026, 1, 31), after[rows + 1]["CloseDate"]);
        Assert.Equal(before["CloseDate"], after[rows + 1]["PrevCloseDate"]);
        Assert.Equal(95.0, after[rows + 2]["Probability"]);
        Assert.Equal("Commit", Org.State.GetRecord(id)!["ForecastCategoryName"]);
        Assert.Equal(Org.Clock.GetUtcNow().UtcDateTime, after[^1]["CreatedDate"]);
    }

    [Fact]
    public async Task CreateOpportunity_ThenCloseWon_HistoryHasBothRowsAndIsWonFollowsTheStage()
    {
        var account = Org.FirstId("SELECT Id FROM Account LIMIT 1");
        var created = await Org.PostAsync($"{SalesforceClient.Data}/sobjects/Opportunity", $$"""{"Name":"Pilot","AccountId":"{{account}}","StageName":"Prospecting","CloseDate":"2025-06-30","Amount":1000}""");
        var id = created.Json.GetProperty("id").GetString()!;

        await Org.PatchAsync($"{SalesforceClient.Data}/sobjects/Opportunity/{id}", """{"StageName":"Closed Won"}""");

        Assert.Equal(["Prospecting", "Closed Won"], History(id).Select(r => (string)r["StageName"]!));
        Assert.Equal(true, Org.State.GetRecord(id)!["IsWon"]);
        Assert.Equal(100.0, Org.State.GetRecord(id)!["Probability"]);
        Assert.Equal(HttpStatusCode.BadRequest, (await Org.PatchAsync($"{SalesforceClient.Data}/sobjects/OpportunityHistory/{History(id)[0]["Id"]}", """{"Amount":1}""")).Status);
    }

    [Fact]
    public void OpportunityStage_Rows_CarryClosedWonProbabilityAndSortOrder()
    {
        var stages = Org.State.Query("SELECT ApiName, MasterLabel, IsActive, IsClosed, IsWon, DefaultProbability, ForecastCategoryName, SortOrder FROM OpportunityStage ORDER BY SortOrder");

        Assert.Equal("Prospecting", stages[0]["ApiName"]);
        var won = stages.Single(s => s["ApiName"] is "Closed Won");
        Assert.Equal((true, true, 100.0, "Closed"), ((bool)won["IsClosed"]!, (bool)won["IsWon"]!, (double)won["DefaultProbability"]!, (string)won["ForecastCategoryName"]!));
        var lost = stages.Single(s => s["ApiName"] is "Closed Lost");
        Assert.Equal((true, false, 0.0), ((bool)lost["IsClosed"]!, (bool)lost["IsWon"]!, (double)lost["DefaultProbability"]!));
        Assert.Contains(stages, s => s["IsActive"] is false);
    }

    private List<IReadOnlyDictionary<string, object?>> History(string opportunityId) =>
        [.. Org.State.Query($"SELECT Id, StageName, Amount, PrevAmount, CloseDate, PrevCloseDate, Probability, CreatedDate FROM OpportunityHistory WHERE OpportunityId = '{opportunityId}' ORDER BY CreatedDate, Id")];
}
