using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CrmSync.Worker.Cli;

namespace CrmSync.Worker.Tests.Cli;

/// <summary>
/// <c>crmsync metrics --input</c> on docs/examples/metrics/worked-example (metrics.md §11 written as CSV) reproduces
/// every listed value through the JSON output; bad input is one error line naming the file and the line.
/// </summary>
public class MetricsCommandTests : IDisposable
{
    private static readonly string Example = Path.Combine(RepositoryRoot(), "docs", "examples", "metrics", "worked-example");
    private readonly string _dir = Directory.CreateTempSubdirectory("crmsync-metrics-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string, string, string, int> Expected => new()
    {
        // Deals, Q1 2025 (§11.5)
        { "2025-Q1", "Won", "3", 0 }, { "2025-Q1", "lost", "1", 0 }, { "2025-Q1", "winRate", "0.75", 6 },
        { "2025-Q1", "winRateValue", "0.843137", 6 }, { "2025-Q1", "wonAmount", "43000", 2 },
        { "2025-Q1", "averageDealSize", "14333.33", 2 }, { "2025-Q1", "medianDealSize", "12000", 2 },
        { "2025-Q1", "salesCycleDays", "56", 6 }, { "2025-Q1", "salesCycleDays.mean", "71", 6 },
        { "2025-Q1", "Opportunities", "5", 0 }, { "2025-Q1", "pipelineVelocity", "757.04", 2 },
        { "2025-Q1", "pipelineVelocity.monthly", "22711.27", 2 }, { "2025-Q1", "cr.Opportunities.Won", "0.60", 6 },
        { "2025-Q1", "cr.discovery.qualification", "1", 6 }, { "2025-Q1", "cr.qualification.proposal", "0.8", 6 },
        { "2025-Q1", "cr.proposal.negotiation", "0.75", 6 }, { "2025-Q1", "cr.negotiation.closedwon", "1", 6 },
        { "2025-Q1", "cr.discovery.qualification.cohort", "1", 6 }, { "2025-Q1", "cr.qualification.proposal.cohort", "1", 6 },
        { "2025-Q1", "cr.proposal.negotiation.cohort", "0.5", 6 }, { "2025-Q1", "cr.negotiation.closedwon.cohort", "0.666667", 6 },
        { "2025-Q1", "signalToActionMinutes", "575", 6 },
        // Unit economics, Q1 (§11.6)
        { "2025-Q1", "newCustomers", "3", 0 }, { "2025-Q1", "cac", "12000", 2 }, { "2025-Q1", "newCustomerArpa", "1194.44", 2 },
        { "2025-Q1", "cacPayback", "12.558", 3 }, { "2025-Q1", "arpa", "1233.33", 2 }, { "2025-Q1", "monthlyRevenueChurn", "0.133333", 6 },
        { "2025-Q1", "customerLifetimeMonths", "7.5", 6 }, { "2025-Q1", "ltv", "7400.00", 2 }, { "2025-Q1", "ltvRevenue", "9250.00", 2 },
        { "2025-Q1", "ltvToCac", "0.6167", 4 },
        // Revenue bridges (§11.6)
        { "2025-02", "Starting", "3500", 2 }, { "2025-02", "NetNew", "800", 2 }, { "2025-02", "CrossSell", "200", 2 },
        { "2025-02", "Upgrade", "0", 2 }, { "2025-02", "Downgrade", "0", 2 }, { "2025-02", "Churn", "500", 2 }, { "2025-02", "Ending", "4000", 2 },
        { "2025-02", "nrr", "0.914286", 6 }, { "2025-02", "grr", "0.857143", 6 }, { "2025-02", "quickRatio", "2.0", 6 },
        { "2025-02", "expansionRatio", "0.2", 6 }, { "2025-02", "expansionRate", "0.057143", 6 }, { "2025-02", "logoChurn", "0.333333", 6 },
        { "2025-03", "Starting", "4000", 2 }, { "2025-03", "Upgrade", "200", 2 }, { "2025-03", "Downgrade", "500", 2 },
        { "2025-03", "Ending", "3700", 2 }, { "2025-03", "nrr", "0.925", 6 }, { "2025-03", "grr", "0.875", 6 },
        { "2025-03", "quickRatio", "0.4", 6 }, { "2025-03", "expansionRatio", "1", 6 }, { "2025-03", "expansionRate", "0.05", 6 },
        { "window", "Starting", "3500", 2 }, { "window", "NetNew", "800", 2 }, { "window", "CrossSell", "200", 2 },
        { "window", "Upgrade", "200", 2 }, { "window", "Downgrade", "500", 2 }, { "window", "Churn", "500", 2 },
        { "window", "Ending", "3700", 2 }, { "window", "nrr", "0.771429", 6 }, { "window", "grr", "0.714286", 6 },
        { "window", "quickRatio", "1.2", 6 }, { "window", "expansionRatio", "0.333333", 6 }, { "window", "expansionRate", "0.114286", 6 },
        { "window", "grossRevenueChurn", "0.285714", 6 }, { "window", "netRevenueChurn", "0.228571", 6 },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public async Task WorkedExample_AsCsv_GivesEveryListedValue(string period, string key, string expected, int decimals)
    {
        var metrics = (await JsonFor(period)).GetProperty("metrics");

        var metric = metrics.GetProperty(key);
        Assert.Equal(JsonValueKind.Number, metric.GetProperty("value").ValueKind);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Math.Round(metric.GetProperty("value").GetDecimal(), decimals));
        Assert.Equal(JsonValueKind.Null, metric.GetProperty("reason").ValueKind);
    }

    [Fact]
    public async Task WorkedExample_ByOwner_O2HasNullWinRateWithItsReason()
    {
        var json = await JsonFor("2025-Q1", "--by", "owner");

        var o2 = json.GetProperty("slices").EnumerateArray().Single(s => s.GetProperty("value").GetString() == "O2").GetProperty("metrics");
        foreach (var key in new[] { "winRate", "averageDealSize" })
        {
            Assert.Equal(JsonValueKind.Null, o2.GetProperty(key).GetProperty("value").ValueKind);
            Assert.Equal("ZeroDenominator", o2.GetProperty(key).GetProperty("reason").GetString());
            Assert.Equal(0, o2.GetProperty(key).GetProperty("n").GetInt32());
        }

        Assert.Equal("owner", json.GetProperty("by").GetString());
        Assert.Equal("V6", json.GetProperty("aliases").GetProperty("Won").GetString());
    }

    [Fact]
    public async Task Table_IsTheDefault_WithAliasesAndNullReasons()
    {
        var (exit, output) = await RunAsync("--input", Example, "--config", Config(), "--period", "2025-Q1", "--as-of", "2025-04-01");

        Assert.Equal(0, exit);
        Assert.Contains("Metrics for 2025-Q1 [2025-01-01, 2025-04-01) as of 2025-04-01T00:00:00Z", output);
        Assert.Matches(@"V6 Won\s+3\s+3", output);
        Assert.Matches(@"timeInStage\.proposal\s+null \(InsufficientSample\)\s+3", output);
    }

    [Fact]
    public async Task Csv_OneRowPerMetric()
    {
        var (exit, output) = await RunAsync("--input", Example, "--config", Config(), "--period", "2025-03", "--as-of", "2025-04-01", "--csv");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("period,as_of,by,slice,metric,alias,value,n,reason", lines[0]);
        Assert.Contains("2025-03,2025-04-01T00:00:00Z,,,Ending,V13,3700,3,", lines);
    }

    [Theory]
    [InlineData("--period 2025-Q5", "--period: '2025-Q5' is not a period")]
    [InlineData("--from 2025-03-01 --to 2025-02-01", "must be after its start")]
    [InlineData("--period 2025 --from 2025-01-01", "either --period or --from and --to")]
    [InlineData("--as-of yesterday --period 2025", "--as-of: 'yesterday' is not a date")]
    [InlineData("--period 2025 --json --csv", "--json and --csv exclude each other")]
    [InlineData("--period 2025 --by region", "--by 'region': no deal or contact has such a property")]
    public async Task BadArguments_OneErrorLine_Exit2(string args, string message)
    {
        var (exit, output) = await RunAsync(["--input", Example, "--config", Config(), .. args.Split(' ')]);

        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", output);
        Assert.Contains(message, output);
    }

    [Fact]
    public async Task Connector_AndInput_ExcludeEachOther()
    {
        var (exit, output) = await RunAsync("--connector", "acme", "--input", Example, "--period", "2025");

        Assert.Equal(2, exit);
        Assert.Contains("--input and --connector exclude each other", output);
    }

    [Fact]
    public async Task MissingFile_IsNamed()
    {
        var folder = CopyExample();
        File.Delete(Path.Combine(folder, "revenue.csv"));

        var (exit, output) = await RunAsync("--input", folder, "--config", Config(), "--period", "2025");

        Assert.Equal(2, exit);
        Assert.Contains("revenue.csv is missing", output);
    }

    [Theory]
    [InlineData("deals.csv", "D7,sales,closedwon,12.000,00,2025-01-06,2025-02-24,O1,,USD", "deals.csv line 8: 10 fields, but the header has 9")]
    [InlineData("deals.csv", "D7,sales,closedwon,\"12,000\",2025-01-06,2025-02-24,O1,,USD", "deals.csv line 8: amount '12,000' is not a number")]
    [InlineData("deals.csv", "D7,sales,won,1,2025-01-06,,O1,,USD", "deals.csv line 8: deal 'D7': stage 'won' is not a stage of pipeline 'sales'")]
    [InlineData("deals.csv", "D7,sales,closedwon,1,2025-01-06,,O1,,CHF", "deals.csv line 8: currency 'CHF' has no rate")]
    [InlineData("deal_stage_history.csv", "D9,discovery,2025-01-06T00:00:00Z", "deal_stage_history.csv line 28: deal 'D9' is not in the deals")]
    [InlineData("deal_stage_history.csv", "D1,discovery,06/01/2025", "deal_stage_history.csv line 28: entered_at '06/01/2025' is not a date")]
    [InlineData("revenue.csv", "A,2025-03,5,X", "revenue.csv line 13: company 'A' already has a row for 2025-03 on line 4")]
    [InlineData("revenue.csv", "A,March,5,X", "revenue.csv line 13: month 'March' is not a month (YYYY-MM)")]
    [InlineData("contact_lifecycle_history.csv", "K1,prospect,2025-03-01", "contact_lifecycle_history.csv line 8: 'prospect' is not a lifecycle stage")]
    public async Task BadRow_NamesFileAndLine(string file, string row, string message)
    {
        var folder = CopyExample();
        File.AppendAllText(Path.Combine(folder, file), row + "\n");

        var (exit, output) = await RunAsync("--input", folder, "--config", Config(), "--period", "2025");

        Assert.Equal(2, exit);
        Assert.Contains(message, output);
    }

    [Fact]
    public async Task MisnamedColumn_IsNamedWithTheExpectedHeader()
    {
        var folder = CopyExample();
        var path = Path.Combine(folder, "deal_stage_history.csv");
        File.WriteAllText(path, File.ReadAllText(path).Replace("entered_at", "enteredAt", StringComparison.Ordinal));

        var (exit, output) = await RunAsync("--input", folder, "--config", Config(), "--period", "2025");

        Assert.Equal(2, exit);
        Assert.Contains("deal_stage_history.csv line 1: unknown column 'enteredAt'", output);
    }

    [Fact]
    public async Task BadMetricsSetting_IsNamedByItsKey_Exit1()
    {
        var config = Path.Combine(_dir, "bad.json");
        File.WriteAllText(config, """{ "CrmSync": { "Metrics": { "GrossMargin": 2, "Spend": { "Q1": 5 } } } }""");

        var (exit, output) = await RunAsync("--input", Example, "--config", config, "--period", "2025");

        Assert.Equal(1, exit);
        Assert.Contains("CrmSync:Metrics:GrossMargin", output);
        Assert.Contains("CrmSync:Metrics:Spend:Q1", output);
    }

    private async Task<JsonElement> JsonFor(string period, params string[] extra)
    {
        string[] span = period == "window" ? ["--from", "2025-02-01", "--to", "2025-04-01"] : ["--period", period];
        var (exit, output) = await RunAsync(["--input", Example, "--config", Config(), .. span, "--as-of", "2025-04-01", "--json", .. extra]);
        Assert.True(exit == 0, output);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static string Config() => Path.Combine(Example, "crmsync.json");

    private string CopyExample()
    {
        var folder = Path.Combine(_dir, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Example))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await CrmSyncCommandLine.Build().Parse(["metrics", .. args])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = output }, TestContext.Current.CancellationToken);
        return (exit, output.ToString());
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CrmSync.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException($"No CrmSync.sln found above {AppContext.BaseDirectory}.");
    }
}
