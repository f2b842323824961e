using System.CommandLine;
using CrmSync.Core.Dedupe;
using CrmSync.Core.Dedupe.Offline;
using CrmSync.Core.Text;

namespace CrmSync.Worker.Cli;

/// <summary>
/// <c>crmsync dedupe --input export.csv --output pairs.csv [--map column=field …] [--clusters] [--kind person|company]</c>:
/// duplicate detection on a CRM export, before connecting anything. Matching rules come from <c>CrmSync:Dedupe</c>
/// (--config included); --kind and --region override them.
/// </summary>
public static class DedupeCommand
{
    public static Command Build()
    {
        var input = new Option<string>("--input") { Description = "CSV export to read (UTF-8; header row first; , ; | or tab separated)", Required = true };
        var output = new Option<string>("--output") { Description = "CSV file to write (not the input; its folder must exist)", Required = true };
        var map = new Option<string[]>("--map")
        {
            Description = "column=field, e.g. --map \"E-mail address=Email\" (fields: FirstName, LastName, FullName, Email, Phone, CompanyName, Website, Address, City, Postcode, …; 'ignore' drops a column)",
            AllowMultipleArgumentsPerToken = true,
        };
        var idColumn = new Option<string?>("--id-column") { Description = "Column holding the record id (default: id, record id, … else the first column)" };
        var clusters = new Option<bool>("--clusters") { Description = "Write one row per record with its group id instead of the pairs" };
        var kind = new Option<RecordKind>("--kind") { Description = "Person (contacts, leads) or Company (default CrmSync:Dedupe:Kind, Person)" };
        var region = new Option<string>("--region") { Description = "Default phone region, ISO 3166 (default CrmSync:Dedupe:DefaultRegion, US)" };
        var maxLineBytes = new Option<long>("--max-line-bytes")
        {
            Description = "Longest record in bytes; a longer one stops the run with its line number",
            DefaultValueFactory = _ => CsvImportOptions.DefaultMaxLineBytes,
        };

        var command = new Command("dedupe", "Find duplicates in a CSV export and write the pairs (or, with --clusters, the groups)");
        foreach (var option in new Option[] { input, output, map, idColumn, clusters, kind, region, maxLineBytes })
            command.Options.Add(option);
        CommandActions.Set(command, (parse, ct) =>
        {
            var settings = CommandActions.ReadGlobalOptions(parse).Dedupe;
            if (parse.Given(kind))
                settings.Kind = parse.GetValue(kind);
            if (parse.Given(region))
                settings.DefaultRegion = parse.GetValue(region)!;
            try
            {
                if (parse.GetValue(maxLineBytes) < 1)
                    throw new DedupeInputException($"--max-line-bytes must be at least 1, got {parse.GetValue(maxLineBytes)}.");
                if (DedupeSettingsValidator.Validate(settings, "CrmSync:Dedupe") is [var invalid, ..])
                    throw new DedupeInputException(invalid);
                var options = new OfflineDedupeOptions
                {
                    Settings = settings,
                    Map = OfflineDedupe.ParseMap(parse.GetValue(map) ?? []),
                    IdColumn = parse.GetValue(idColumn),
                    Clusters = parse.GetValue(clusters),
                    MaxLineBytes = parse.GetValue(maxLineBytes),
                };
                return Task.FromResult(Run(DedupeFiles.Check(parse.GetValue(input)!, parse.GetValue(output)!), options,
                    parse.InvocationConfiguration.Output, ct));
            }
            catch (Exception e) when (e is DedupeInputException or ArgumentException)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
                return Task.FromResult(2);
            }
        });
        return command;
    }

    private static int Run(DedupeFiles files, OfflineDedupeOptions options, TextWriter console, CancellationToken ct)
    {
        OfflineDedupeSummary summary;
        // Written beside the target and moved into place, so a bad row never leaves a half-written output.
        var partial = files.PartialOutput();
        try
        {
            using (var reader = new Utf8InputReader(files.OpenInput()))
            using (var writer = new StreamWriter(files.Create(partial)))
            {
                summary = OfflineDedupe.Run(reader, writer, options, ct);
            }

            File.Move(partial, files.Output, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        console.WriteLine(options.Clusters
            ? $"{summary.Records} records, {summary.Groups} duplicate groups → {files.Output}"
            : $"{summary.Records} records, {summary.PairsWritten} duplicate pairs (probability ≥ {options.Settings.MatchThreshold}) → {files.Output}");
        console.WriteLine($"matched on: {string.Join(", ", summary.Columns.Select(c => $"{c.Key} as {c.Value}"))}; id column: {summary.IdColumn}");
        foreach (var warning in summary.Result.Warnings)
            console.WriteLine($"warning: {warning}");
        return 0;
    }
}
