using CrmSync.Core.Analysis;
using CrmSync.Storage;
using CrmSync.Worker.Cli;
using CrmSync.Worker.Jobs;

namespace CrmSync.Worker.Tests.Cli;

/// <summary>The dry run's violations: one line each (record, rule, why), then the table by rule; the same in JSON.</summary>
public class SummaryPrinterFindingsTests
{
    private static JobRunSummary Summary() =>
        new(7, "acme", "analyze", true, RunStatus.Succeeded, 1.5, new Dictionary<string, long>(), [], [], [], [], null)
        {
            Findings =
            [
                new Finding("deals", "512", "criteria_not_met", "amount is required in Qualified To Buy", "criteria_not_met:deals:512:qualifiedtobuy:required-amount"),
                new Finding("deals", "512", "close_date_in_past", "close date 2025-03-28 is in the past and the deal is open", "close_date_in_past:deals:512:2025-03-28"),
                new Finding("deals", "77", "skipped_stage", "skipped Qualified To Buy moving from Appointment Scheduled to Contract Sent on 2025-01-29", null),
                new Finding("deals", "78", "criteria_not_met", "at least 2 associated contacts in Contract Sent", "criteria_not_met:deals:78:contractsent:contacts-atleast-2"),
            ],
        };

    [Fact]
    public void PrintText_DryRunWithFindings_ListsEachThenTheTableByRule()
    {
        var output = new StringWriter();

        SummaryPrinter.PrintText(Summary(), output);

        var lines = output.ToString().Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Contains("Violations (4):", lines);
        Assert.Contains("  deals 512 [criteria_not_met] amount is required in Qualified To Buy", lines);
        Assert.Contains("  deals 77 [skipped_stage] skipped Qualified To Buy moving from Appointment Scheduled to Contract Sent on 2025-01-29 (logged, no task)", lines);
        Assert.Contains(lines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["criteria_not_met", "2", "2", "2"]);
        Assert.Contains(lines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["skipped_stage", "1", "0", "1"]);
        Assert.Contains(lines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["total", "4", "3", "3"]);
    }

    [Fact]
    public void PrintJson_DryRunWithFindings_CarriesFindingsAndTheTally()
    {
        var output = new StringWriter();

        SummaryPrinter.PrintJson(Summary(), output);

        using var json = System.Text.Json.JsonDocument.Parse(output.ToString());
        Assert.Equal(4, json.RootElement.GetProperty("findings").GetArrayLength());
        var byRule = json.RootElement.GetProperty("findingsByRule").EnumerateArray().ToDictionary(r => r.GetProperty("rule").GetString()!, r => r.GetProperty("violations").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["close_date_in_past"] = 1, ["criteria_not_met"] = 2, ["skipped_stage"] = 1 }, byRule);
    }
}
