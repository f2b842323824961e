using System.CommandLine;
using CrmSync.Core.Dedupe;
using CrmSync.Core.Dedupe.Offline;

namespace CrmSync.Worker.Cli;

/// <summary>
/// <c>crmsync dedupe --input export.csv --output pairs.csv [--map column=field …] [--clusters] [--kind person|company]</c>:
/// duplicate detection on a CRM export, before connecting anything.
/// </summary>
public static class DedupeCommand
{
    public static Command Build()
    {
        var input = new Option<string>("--input") { Description = "CSV export to read (header row first; , ; | or tab separated)", Required = true };
        var output = new Option<string>("--output") { Description = "CSV file to write", Required = true };
        var map = new Option<string[]>("--map")
        {
            Description = "column=field, e.g. --map \"E-mail address=Email\" (fields: FirstName, LastName, FullName, Email, Phone, CompanyName, Website, Address, City, Postcode, …; 'ignore' drops a column)",
            AllowMultipleArgumentsPerToken = true,
        };
        var idColumn = new Option<string?>("--id-column") { Description = "Column holding the record id (default: id, record id, … else the first column)" };
        var clusters = new Option<bool>("--clusters") { Description = "Write one row per record with its group id instead of the pairs" };
        var kind = new Option<RecordKind>("--kind") { Description = "Person (contacts, leads) or Company", DefaultValueFactory = _ => RecordKind.Person };
        var region = new Option<string>("--region") { Description = "Default phone region (ISO 3166)", DefaultValueFactory = _ => "US" };

        var command = new Command("dedupe", "Find duplicates in a CSV export and write the pairs (or, with --clusters, the groups)");
        foreach (var option in new Option[] { input, output, map, idColumn, clusters, kind, region })
            command.Options.Add(option);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var settings = new DedupeSettings { Kind = parse.GetValue(kind), DefaultRegion = parse.GetValue(region)! };
                return Run(parse.GetValue(input)!, parse.GetValue(output)!, OfflineDedupe.ParseMap(parse.GetValue(map) ?? []),
                    parse.GetValue(idColumn), parse.GetValue(clusters), settings, parse.InvocationConfiguration.Output);
            }
            catch (DedupeInputException e)
            {
                error.WriteLine($"error: {e.Message}");
                return 2;
            }
            catch (ArgumentException e)
            {
                error.WriteLine($"error: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    private static int Run(string inputPath, string outputPath, IReadOnlyDictionary<string, string> map, string? idColumn, bool clusters,
        DedupeSettings settings, TextWriter console)
    {
        if (!File.Exists(inputPath))
            throw DedupeInputException.MissingFile(inputPath);

        // Written beside the target and moved into place, so a bad row never leaves a half-written output.
        var partial = $"{outputPath}.partial";
        OfflineDedupeSummary summary;
        try
        {
            using (var reader = new StreamReader(inputPath))
            using (var writer = new StreamWriter(partial))
            {
                summary = OfflineDedupe.Run(reader, writer, new OfflineDedupeOptions
                {
                    Settings = settings, Map = map, IdColumn = idColumn, Clusters = clusters,
                });
            }

            File.Move(partial, outputPath, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        console.WriteLine(clusters
            ? $"{summary.Records} records, {summary.Groups} duplicate groups → {outputPath}"
            : $"{summary.Records} records, {summary.PairsWritten} duplicate pairs (probability ≥ {settings.MatchThreshold}) → {outputPath}");
        console.WriteLine($"matched on: {string.Join(", ", summary.Columns.Select(c => $"{c.Key} as {c.Value}"))}; id column: {summary.IdColumn}");
        foreach (var warning in summary.Result.Warnings)
            console.WriteLine($"warning: {warning}");
        return 0;
    }
}
