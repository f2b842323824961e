using System.CommandLine;
using CrmSync.Core.Metrics;
using CrmSync.Core.Metrics.Input;
using CrmSync.Core.Metrics.Offline;
using CrmSync.Core.Metrics.Output;

namespace CrmSync.Worker.Cli;

/// <summary>
/// <c>crmsync metrics --input &lt;dir&gt; (--period P | --from D --to D) [--as-of D] [--by owner|pipeline|property]
/// [--json | --csv]</c>: the revenue metrics of docs/metrics.md on CSV exports, before connecting anything. Settings
/// come from <c>CrmSync:Metrics</c> (--config included).
/// </summary>
public static class MetricsCommand
{
    public static Command Build()
    {
        var input = new Option<string?>("--input") { Description = "Folder of CSV exports (pipelines.csv, deals.csv, deal_stage_history.csv, contacts.csv, contact_lifecycle_history.csv, revenue.csv; optional sessions.csv, contact_activities.csv)" };
        var connector = new Option<string?>("--connector") { Description = "Read a connector's stored data (comes with the stored-data step; use --input for now)" };
        var period = new Option<string?>("--period") { Description = "2026 (year), 2026-Q2 (quarter) or 2026-05 (month)" };
        var from = new Option<string?>("--from") { Description = "Start date YYYY-MM-DD (with --to: the period [from, to))" };
        var to = new Option<string?>("--to") { Description = "End date YYYY-MM-DD, excluded" };
        var asOf = new Option<string?>("--as-of") { Description = "Compute as of this date or UTC timestamp (default: now); later history is ignored" };
        var by = new Option<string?>("--by") { Description = "Slice by owner, pipeline or a property (an extra column of deals.csv or contacts.csv)" };
        var json = CliOptions.Json();
        json.Description = "Print one JSON object (metrics: key → {value, n, reason})";
        var csv = new Option<bool>("--csv") { Description = "Print CSV: one row per metric and slice" };

        var command = new Command("metrics", "Revenue metrics (RPM volumes, conversion, Δt, revenue bridge, NRR/GRR, win rate, velocity, CAC/LTV) for a period");
        foreach (var option in new Option[] { input, connector, period, from, to, asOf, by, json, csv })
            command.Options.Add(option);
        CommandActions.Set(command, (parse, ct) =>
        {
            var options = CommandActions.ReadGlobalOptions(parse).Metrics;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                if (parse.GetValue(connector) is { } name)
                    throw new MetricsInputException($"--connector '{name}': metrics over a connector's stored data come with the stored-data step; export the data and use --input <folder> for now.");
                var folder = parse.GetValue(input) ?? throw new MetricsInputException("--input <folder> is required.");
                if (parse.GetValue(json) && parse.GetValue(csv))
                    throw new MetricsInputException("--json and --csv exclude each other; choose one.");
                var span = Period(parse.GetValue(period), parse.GetValue(from), parse.GetValue(to));
                var instant = parse.GetValue(asOf) is { } text ? Instant("--as-of", text) : DateTime.UtcNow;
                var data = MetricsCsvReader.Read(MetricsFolder.Open(folder), options);
                ct.ThrowIfCancellationRequested();
                var report = new MetricsEngine(data, options, instant).Compute(span, parse.GetValue(by));
                var output = parse.InvocationConfiguration.Output;
                if (parse.GetValue(json))
                    output.WriteLine(MetricsJson.Write(report, options));
                else if (parse.GetValue(csv))
                    MetricsCsv.Write(report, options, output);
                else
                    MetricsTable.Write(report, options, output);
                return Task.FromResult(0);
            }
            catch (MetricsInputException e)
            {
                error.WriteLine($"error: {e.Message}");
                return Task.FromResult(2);
            }
        });
        return command;
    }

    private static MetricsPeriod Period(string? period, string? from, string? to)
    {
        if (period is not null && (from is not null || to is not null))
            throw new MetricsInputException("give either --period or --from and --to, not both.");
        if (period is not null)
            return Parse(() => MetricsPeriod.Parse(period), "--period");
        if (from is null || to is null)
            throw new MetricsInputException("give --period (2026, 2026-Q2, 2026-05) or both --from and --to.");
        return Parse(() => MetricsPeriod.Between(Instant("--from", from), Instant("--to", to)), "--from/--to");
    }

    private static DateTime Instant(string option, string text) => Parse(() => MetricsPeriod.ParseInstant(text), option);

    private static T Parse<T>(Func<T> parse, string option)
    {
        try
        {
            return parse();
        }
        catch (FormatException e)
        {
            throw new MetricsInputException($"{option}: {e.Message}", e);
        }
    }
}
