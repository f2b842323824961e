using CrmSync.Core.Dedupe;
using CrmSync.Core.Dedupe.Offline;

namespace CrmSync.DedupeBench;

/// <summary>
/// Loads the bundled labelled sets through the same CSV reader the offline CLI uses; the maps only say which
/// column holds which field (no tuning).
/// </summary>
internal static class DatasetLoader
{
    private static readonly Dictionary<string, string> FebrlMap = new()
    {
        ["given_name"] = "FirstName", ["surname"] = "LastName", ["street_number"] = "StreetNumber", ["address_1"] = "Address",
        ["address_2"] = "Address2", ["suburb"] = "City", ["postcode"] = "Postcode", ["state"] = "State",
        ["date_of_birth"] = "DateOfBirth", ["soc_sec_id"] = "NationalId",
    };

    public static IEnumerable<LabelledDataset> All(string directory)
    {
        foreach (var name in new[] { "dataset1", "dataset2", "dataset3" })
        {
            yield return Febrl($"febrl{name[^1]}", directory, $"{name}.csv");
        }

        yield return Febrl("febrl4", directory, "dataset4a.csv", "dataset4b.csv");
        yield return Fake1000(directory);
        yield return Restaurants(directory);
    }

    public static LabelledDataset Febrl(string name, string directory, params string[] files)
    {
        var records = new List<DedupeRecord>();
        foreach (var file in files)
        {
            using var reader = File.OpenText(Path.Combine(directory, "febrl", file));
            records.AddRange(DedupeCsvReader.Read(reader, new CsvImportOptions { IdColumn = "rec_id", Map = FebrlMap }).Records);
        }

        // rec-<N>-org and rec-<N>-dup-<k> are the same entity N.
        var entityOf = records.ToDictionary(r => r.Id, r => r.Id.Split('-')[1]);
        return new LabelledDataset(name, RecordKind.Person, records, entityOf);
    }

    public static LabelledDataset Fake1000(string directory)
    {
        var path = Path.Combine(directory, "splink_fake_1000", "fake_1000.csv");
        using var reader = File.OpenText(path);
        var import = DedupeCsvReader.Read(reader, new CsvImportOptions { IdColumn = "unique_id", Map = new Dictionary<string, string> { ["cluster"] = "ignore" } });
        using var truthReader = File.OpenText(path);
        var rows = new CsvParser(truthReader, ',').ReadRows().ToList();
        var header = rows[0].Fields.ToList();
        int id = header.IndexOf("unique_id"), cluster = header.IndexOf("cluster");
        var entityOf = rows.Skip(1).ToDictionary(r => r.Fields[id], r => r.Fields[cluster]);
        return new LabelledDataset("fake_1000", RecordKind.Person, import.Records, entityOf);
    }

    public static LabelledDataset Restaurants(string directory)
    {
        var folder = Path.Combine(directory, "restaurants_fodors_zagat");
        using var reader = File.OpenText(Path.Combine(folder, "restaurantProfiles.csv"));
        var import = DedupeCsvReader.Read(reader, new CsvImportOptions { Kind = RecordKind.Company, Map = new Dictionary<string, string> { ["type"] = "ignore" } });
        var entityOf = import.Records.ToDictionary(r => r.Id, r => r.Id);
        foreach (var line in File.ReadAllLines(Path.Combine(folder, "duplicates.csv")).Where(l => l.Contains('|')))
        {
            var parts = line.Split('|');
            entityOf[parts[1].Trim()] = entityOf[parts[0].Trim()];
        }

        return new LabelledDataset("restaurants", RecordKind.Company, import.Records, entityOf);
    }
}
