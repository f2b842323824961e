using CrmSync.Core.Dedupe;
using CrmSync.Core.Dedupe.Offline;

namespace CrmSync.Core.Tests.Dedupe.Quality;

/// <summary>
/// The bundled labelled sets (../shared/datasets beside the repository root), read through the offline CSV reader
/// with column maps that only say which column holds which field. Missing data sets skip the test on a developer's
/// machine and fail it under CI=true: a quality gate that silently skips is no gate.
/// </summary>
internal static class LabelledSets
{
    public const string CiVariable = "CI";

    private static readonly Dictionary<string, string> FebrlMap = new()
    {
        ["given_name"] = "FirstName", ["surname"] = "LastName", ["street_number"] = "StreetNumber", ["address_1"] = "Address",
        ["address_2"] = "Address2", ["suburb"] = "City", ["postcode"] = "Postcode", ["state"] = "State",
        ["date_of_birth"] = "DateOfBirth", ["soc_sec_id"] = "NationalId",
    };

    public static LabelledSet Load(string name) => name switch
    {
        "febrl1" => Febrl(name, "dataset1.csv"),
        "febrl2" => Febrl(name, "dataset2.csv"),
        "febrl3" => Febrl(name, "dataset3.csv"),
        "febrl4" => Febrl(name, "dataset4a.csv", "dataset4b.csv"),
        "fake_1000" => Fake1000(),
        "restaurants" => Restaurants(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown labelled set."),
    };

    /// <summary>The folder of one set; skips the calling test when it is missing, or fails it under CI=true.</summary>
    public static string Folder(string set) => Folder(set, failWhenMissing: Environment.GetEnvironmentVariable(CiVariable) == "true");

    public static string Folder(string set, bool failWhenMissing)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CrmSync.sln")))
            {
                var folder = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "datasets", set));
                if (Directory.Exists(folder))
                {
                    return folder;
                }

                break;
            }
        }

        var reason = $"Labelled data set '{set}' not found at ../shared/datasets beside the repository root.";
        if (failWhenMissing)
        {
            Assert.Fail(reason + " CI=true, so a missing data set fails the quality gate instead of skipping it.");
        }

        Assert.Skip(reason + " Quality gate skipped (it fails under CI=true).");
        return "";
    }

    private static LabelledSet Febrl(string name, params string[] files)
    {
        var folder = Folder("febrl");
        var records = new List<DedupeRecord>();
        foreach (var file in files)
        {
            using var reader = File.OpenText(Path.Combine(folder, file));
            records.AddRange(DedupeCsvReader.Read(reader, new CsvImportOptions { IdColumn = "rec_id", Map = FebrlMap }).Records);
        }

        // rec-<N>-org and rec-<N>-dup-<k> are the same entity N.
        return new LabelledSet(name, RecordKind.Person, records, records.ToDictionary(r => r.Id, r => r.Id.Split('-')[1]));
    }

    private static LabelledSet Fake1000()
    {
        var path = Path.Combine(Folder("splink_fake_1000"), "fake_1000.csv");
        using var reader = File.OpenText(path);
        var import = DedupeCsvReader.Read(reader, new CsvImportOptions { IdColumn = "unique_id", Map = new Dictionary<string, string> { ["cluster"] = "ignore" } });
        using var truth = File.OpenText(path);
        var rows = new CsvParser(truth, ',').ReadRows().Skip(1);
        return new LabelledSet("fake_1000", RecordKind.Person, import.Records, rows.ToDictionary(r => r.Fields[0], r => r.Fields[6]));
    }

    private static LabelledSet Restaurants()
    {
        var folder = Folder("restaurants_fodors_zagat");
        using var reader = File.OpenText(Path.Combine(folder, "restaurantProfiles.csv"));
        var import = DedupeCsvReader.Read(reader, new CsvImportOptions { Kind = RecordKind.Company, Map = new Dictionary<string, string> { ["type"] = "ignore" } });
        var entityOf = import.Records.ToDictionary(r => r.Id, r => r.Id);
        foreach (var line in File.ReadAllLines(Path.Combine(folder, "duplicates.csv")).Where(l => l.Contains('|')))
        {
            entityOf[line.Split('|')[1].Trim()] = entityOf[line.Split('|')[0].Trim()];
        }

        return new LabelledSet("restaurants", RecordKind.Company, import.Records, entityOf);
    }
}
