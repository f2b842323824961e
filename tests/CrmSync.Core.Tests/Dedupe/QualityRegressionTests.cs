using CrmSync.Core.Dedupe;
using CrmSync.Core.Dedupe.Offline;

namespace CrmSync.Core.Tests.Dedupe;

/// <summary>
/// Acceptance thresholds on the bundled labelled sets (../shared/datasets beside the repository root), with the
/// default settings of each record kind. Skipped when the data sets are not there.
/// </summary>
public class QualityRegressionTests
{
    [Fact]
    public void Run_Febrl1_PairwiseF1AtLeast099()
    {
        var folder = Datasets("febrl");
        using var reader = File.OpenText(Path.Combine(folder, "dataset1.csv"));
        var map = new Dictionary<string, string>
        {
            ["given_name"] = "FirstName", ["surname"] = "LastName", ["street_number"] = "StreetNumber", ["address_1"] = "Address",
            ["address_2"] = "Address2", ["suburb"] = "City", ["postcode"] = "Postcode", ["state"] = "State",
            ["date_of_birth"] = "DateOfBirth", ["soc_sec_id"] = "NationalId",
        };
        var records = DedupeCsvReader.Read(reader, new CsvImportOptions { IdColumn = "rec_id", Map = map }).Records;
        var entityOf = records.ToDictionary(r => r.Id, r => r.Id.Split('-')[1]);

        var (pairwise, _) = Evaluate(records, entityOf, RecordKind.Person, out _);

        Assert.True(pairwise >= 0.99, $"febrl1 pairwise F1 {pairwise:0.000} < 0.99");
    }

    [Fact]
    public void Run_Fake1000_PairwiseAndClusterF1MeetTargets()
    {
        var path = Path.Combine(Datasets("splink_fake_1000"), "fake_1000.csv");
        using var reader = File.OpenText(path);
        var import = DedupeCsvReader.Read(reader, new CsvImportOptions { IdColumn = "unique_id", Map = new Dictionary<string, string> { ["cluster"] = "ignore" } });
        var rows = new CsvParser(File.OpenText(path), ',').ReadRows().Skip(1);
        var entityOf = rows.ToDictionary(r => r.Fields[0], r => r.Fields[6]);

        var (pairwise, bcubed) = Evaluate(import.Records, entityOf, RecordKind.Person, out _);

        Assert.True(pairwise >= 0.92, $"fake_1000 pairwise F1 {pairwise:0.000} < 0.92");
        Assert.True(bcubed >= 0.90, $"fake_1000 B-cubed F1 {bcubed:0.000} < 0.90");
    }

    [Fact]
    public void Run_Restaurants_PairwiseF1AtLeast095PrecisionAtLeast097()
    {
        var folder = Datasets("restaurants_fodors_zagat");
        using var reader = File.OpenText(Path.Combine(folder, "restaurantProfiles.csv"));
        var import = DedupeCsvReader.Read(reader, new CsvImportOptions { Kind = RecordKind.Company, Map = new Dictionary<string, string> { ["type"] = "ignore" } });
        var entityOf = import.Records.ToDictionary(r => r.Id, r => r.Id);
        foreach (var line in File.ReadAllLines(Path.Combine(folder, "duplicates.csv")).Where(l => l.Contains('|')))
        {
            entityOf[line.Split('|')[1]] = line.Split('|')[0];
        }

        var (pairwise, _) = Evaluate(import.Records, entityOf, RecordKind.Company, out var precision);

        Assert.True(pairwise >= 0.95, $"restaurants pairwise F1 {pairwise:0.000} < 0.95");
        // Co-located outlets (one hotel's cafe and dining room) share phone, address, city and brand words; the
        // company-name and city comparisons must keep them apart.
        Assert.True(precision >= 0.97, $"restaurants pairwise precision {precision:0.000} < 0.97");
    }

    private static (double Pairwise, double BCubed) Evaluate(IReadOnlyList<DedupeRecord> records, Dictionary<string, string> entityOf, RecordKind kind, out double pairwisePrecision)
    {
        var detector = new DuplicateDetector(new DedupeSettings { Kind = kind });
        var result = detector.Run(records, cancellationToken: TestContext.Current.CancellationToken);

        var truth = records.GroupBy(r => entityOf[r.Id]).SelectMany(g => Pairs(g.Select(r => r.Id).ToList())).ToHashSet();
        var predicted = result.Pairs.Where(p => p.Probability >= detector.Settings.MatchThreshold).Select(p => Key(p.IdA, p.IdB)).ToList();
        var hits = predicted.Count(truth.Contains);
        pairwisePrecision = (double)hits / predicted.Count;
        var pairwise = F1(pairwisePrecision, (double)hits / truth.Count);

        var groupOf = result.Groups.SelectMany(g => g.MemberIds.Select(m => (m, g.GroupId))).ToDictionary(x => x.m, x => x.GroupId);
        string Predicted(string id) => groupOf.GetValueOrDefault(id, "single:" + id);
        var predictedSize = records.GroupBy(r => Predicted(r.Id)).ToDictionary(g => g.Key, g => g.Count());
        var trueSize = records.GroupBy(r => entityOf[r.Id]).ToDictionary(g => g.Key, g => g.Count());
        var overlap = records.GroupBy(r => (Predicted(r.Id), entityOf[r.Id])).ToDictionary(g => g.Key, g => g.Count());
        var precision = records.Average(r => (double)overlap[(Predicted(r.Id), entityOf[r.Id])] / predictedSize[Predicted(r.Id)]);
        var recall = records.Average(r => (double)overlap[(Predicted(r.Id), entityOf[r.Id])] / trueSize[entityOf[r.Id]]);
        return (pairwise, F1(precision, recall));
    }

    private static IEnumerable<(string, string)> Pairs(List<string> ids)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                yield return Key(ids[i], ids[j]);
            }
        }
    }

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    private static string Datasets(string set)
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

        Assert.Skip($"Labelled data set '{set}' not found at ../shared/datasets beside the repository root; quality gate skipped.");
        return "";
    }
}
