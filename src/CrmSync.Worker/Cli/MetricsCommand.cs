using System.CommandLine;
using CrmSync.Core.Metrics;
using CrmSync.Core.Metrics.Input;
using CrmSync.Core.Metrics.Offline;
using CrmSync.Core.Metrics.Output;
using CrmSync.Worker.Hosting;
using CrmSync.Worker.Metrics;

namespace CrmSync.Worker.Cli;

/// <summary>
/// <c>crmsync metrics (--input &lt;dir&gt; | --connector &lt;name&gt;) (--period P | --from D --to D) [--as-of D] [--by owner|pipeline|property]
/// [--json | --csv]</c>: the revenue metrics of docs/metrics.md on CSV exports, before connecting anything
/// (settings from <c>CrmSync:Metrics</c>, --config included), or on what a connector's pulls stored (settings from
/// <c>CrmSync:Connectors:{name}:Metrics</c>).
/// </summary>
public static class MetricsCommand
{
    public static Command Build()
    {
        var input = new Option<string?>("--input") { Description = "Folder of CSV exports (pipelines.csv, deals.csv, deal_stage_history.csv, contacts.csv, contact_lifecycle_history.csv, revenue.csv; optional sessions.csv, contact_activities.csv)" };
        var connector = new Option<string?>("--connector") { Description = "Read a connector's stored data (what its last pull stored), with its CrmSync:Connectors:{name}:Metrics settings" };
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
        CommandActions.Set(command, async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            try
            {
                if (parse.GetValue(json) && parse.GetValue(csv))
                    throw new MetricsInputException("--json and --csv exclude each other; choose one.");
                var span = MetricsArguments.Period(parse.GetValue(period), parse.GetValue(from), parse.GetValue(to));
                var instant = MetricsArguments.AsOf(parse.GetValue(asOf), "--as-of");
                var (report, options) = parse.GetValue(connector) is { } name
                    ? await FromStoreAsync(parse, name, input, span, instant, parse.GetValue(by), ct)
                    : FromFolder(parse, parse.GetValue(input), span, instant, parse.GetValue(by), ct);
                var output = parse.InvocationConfiguration.Output;
                if (parse.GetValue(json))
                    output.WriteLine(MetricsJson.Write(report, options));
                else if (parse.GetValue(csv))
                    MetricsCsv.Write(report, options, output);
                else
                    MetricsTable.Write(report, options, output);
                return 0;
            }
            catch (MetricsInputException e)
            {
                await error.WriteLineAsync($"error: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    private static (MetricsReport, MetricsOptions) FromFolder(ParseResult parse, string? folder, MetricsPeriod span, DateTime asOf, string? by, CancellationToken ct)
    {
        var options = CommandActions.ReadGlobalOptions(parse).Metrics;
        var data = MetricsCsvReader.Read(MetricsFolder.Open(folder ?? throw new MetricsInputException("give --input <folder> or --connector <name>.")), options);
        ct.ThrowIfCancellationRequested();
        return (new MetricsEngine(data, options, asOf).Compute(span, by), options);
    }

    /// <summary>The connector's stored records through <see cref="StoredConnectorMetricsInputs"/> (its own Metrics settings).</summary>
    private static async Task<(MetricsReport, MetricsOptions)> FromStoreAsync(
        ParseResult parse, string name, Option<string?> input, MetricsPeriod span, DateTime asOf, string? by, CancellationToken ct)
    {
        if (parse.GetValue(input) is not null)
            throw new MetricsInputException("--input and --connector exclude each other; choose one.");
        await using var app = CrmSyncHost.Build(new HostSettings([], parse.GetValue(CliOptions.Config)));
        await HostStartup.PrepareStorageAsync(app, ct);
        return await app.Services.GetRequiredService<StoredConnectorMetricsInputs>().ComputeAsync(name, span, asOf, by, ct);
    }
}
