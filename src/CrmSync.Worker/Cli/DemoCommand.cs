using System.CommandLine;
using CrmSync.Sandbox;
using CrmSync.Worker.Demo;

namespace CrmSync.Worker.Cli;

/// <summary><c>crmsync demo</c>: the whole pipeline against a seeded sandbox CRM, then the dashboard until Ctrl+C.</summary>
public static class DemoCommand
{
    public static Command Build()
    {
        var once = new Option<bool>("--once") { Description = "Exit after printing the summary" };
        var json = CliOptions.Json();
        var records = new Option<int>("--records") { Description = "Contacts in the sandbox", DefaultValueFactory = _ => 2_000 };
        var port = new Option<int>("--port") { Description = "Dashboard port on 127.0.0.1 (0 = any free port)", DefaultValueFactory = _ => 0 };
        var crm = new Option<DemoCrm>("--crm") { Description = "The fake CRM to run against: hubspot, salesforce or both", DefaultValueFactory = _ => DemoCrm.HubSpot };
        var command = new Command("demo", "Run the pipeline once against a seeded sandbox CRM, print a summary, then serve the dashboard");
        command.Options.Add(once);
        command.Options.Add(json);
        command.Options.Add(records);
        command.Options.Add(port);
        command.Options.Add(crm);
        CommandActions.Set(command, async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var session = await DemoSession.StartAsync(new SandboxOptions { Records = parse.GetValue(records) },
                parse.GetValue(port), parse.GetValue(CliOptions.Config), ct, crm: parse.GetValue(crm));
            var summaries = new Dictionary<string, DemoSummary>(StringComparer.Ordinal);
            foreach (var connector in session.Connectors)
            {
                var first = await session.RunPipelineAsync(connector, ct);
                var second = await session.RunPipelineAsync(connector, ct);
                var url = connector == DemoSession.Connector ? session.Sandbox.BaseUrl.ToString() : session.SalesforceOrg!.BaseUrl.ToString();
                summaries[connector == DemoSession.Connector ? "HubSpot" : "Salesforce"] = DemoSummary.From(first, second, session.DashboardUrl, url);
            }

            if (parse.GetValue(json))
            {
                SummaryPrinter.PrintJson(summaries.Count == 1 ? summaries.Values.Single() : summaries, output);
            }
            else
            {
                foreach (var (name, summary) in summaries)
                    PrintText(name, summary, output);
            }

            if (parse.GetValue(once))
                return summaries.Values.All(s => s.Status == nameof(Storage.RunStatus.Succeeded)) ? 0 : 1;

            parse.InvocationConfiguration.Error.WriteLine($"Dashboard: {session.DashboardUrl} — press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
            }

            return 0;
        });
        return command;
    }

    private static void PrintText(string crm, DemoSummary s, TextWriter o)
    {
        var which = crm == "HubSpot" ? "the sandbox" : $"the {crm} sandbox";
        o.WriteLine($"CrmSync demo: pipeline {s.Status} in {s.Seconds:F1} s against {which} at {s.SandboxUrl}");
        foreach (var (type, count) in s.RecordsPulled)
            o.WriteLine($"  pulled {type,-10} {count,8}");
        o.WriteLine($"  computed values written {s.ComputedValuesWritten,8} in {s.WriteCalls} write call(s)");
        o.WriteLine($"  alerts created          {s.AlertsCreated,8}");
        o.WriteLine($"  API calls               {s.ApiCalls,8} ({s.RateLimited429} answered 429)");
        o.WriteLine($"Second run (nothing changed in the CRM): {s.SecondRun.ComputedValuesWritten} values written, " +
            $"{s.SecondRun.WriteCalls} write calls, {s.SecondRun.AlertsCreated} alerts, {s.SecondRun.ApiCalls} API calls");
        o.WriteLine($"Dashboard: {s.DashboardUrl}   Run history: {s.DashboardUrl.Replace("/hangfire", "/runs")}");
    }
}
