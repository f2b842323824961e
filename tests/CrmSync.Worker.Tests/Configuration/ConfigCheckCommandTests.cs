using System.CommandLine;
using CrmSync.Worker.Cli;

namespace CrmSync.Worker.Tests.Configuration;

public class ConfigCheckCommandTests
{
    [Fact]
    public async Task ConfigCheck_FileWithThreeMistakes_PrintsEachKeyAndExitsNonZero()
    {
        var (exit, text) = await CheckAsync("""
            {
              "CrmSync": {
                "Connectors": {
                  "acme": {
                    "Kind": "HubSpot",
                    "BaseUrl": "ftp://api.hubapi.com",
                    "Schedules": { "sync": { "Cron": "61 * * * *", "TimeZone": "UTC" } }
                  }
                }
              }
            }
            """);

        Assert.NotEqual(0, exit);
        Assert.Contains("error: CrmSync:Connectors:acme:BaseUrl:", text);
        Assert.Contains("error: CrmSync:Connectors:acme:AccessToken:", text);
        Assert.Contains("error: CrmSync:Connectors:acme:Schedules:sync:Cron:", text);
        Assert.Contains("3 configuration problem(s)", text);
    }

    [Fact]
    public async Task ConfigCheck_TheHostileTestersFile_ReportsEveryMistakeInOnePass()
    {
        var (exit, text) = await CheckAsync("""
            {
              "ConnectionStrings": { "CrmSnc": "Host=db;Database=crmsync" },
              "CrmSnyc": { "WorkerCount": 4 },
              "CrmSync": {
                "WorkerCont": 4,
                "DataDirectry": "/var/lib/crmsync",
                "Connectors": {
                  "acme": {
                    "Kind": "HubSpot",
                    "AccesToken": "pat-na1-secret",
                    "BaseUrl": "notaurl",
                    "RateLimit": { "BurstPer10Seconds": -5 },
                    "Dedupe": { "Contacts": { "MatchThreshhold": 0.8 } },
                    "Schedules": { "sync": { "Cron": "61 * * * *" }, "yearly": { "Job": "pipeline", "Cron": "0 0 31 2 *" } }
                  }
                }
              }
            }
            """);

        Assert.NotEqual(0, exit);
        string[] keys =
        [
            "ConnectionStrings:CrmSnc", "CrmSnyc", "CrmSync:WorkerCont", "CrmSync:DataDirectry",
            "CrmSync:Connectors:acme:AccesToken", "CrmSync:Connectors:acme:AccessToken", "CrmSync:Connectors:acme:BaseUrl",
            "CrmSync:Connectors:acme:RateLimit:BurstPer10Seconds", "CrmSync:Connectors:acme:Dedupe:Contacts:MatchThreshhold",
            "CrmSync:Connectors:acme:Schedules:sync:Cron", "CrmSync:Connectors:acme:Schedules:yearly:Cron",
        ];
        foreach (var key in keys)
            Assert.Contains($"error: {key}: ", text);
        Assert.Contains($"{keys.Length} configuration problem(s)", text);
    }

    [Fact]
    public async Task ConfigCheck_StageCriteriaMisspeltFieldAndInvalidExpression_EachNamedByItsKey()
    {
        var (exit, text) = await CheckAsync("""
            {
              "CrmSync": {
                "Connectors": {
                  "acme": {
                    "Kind": "HubSpot",
                    "AccessToken": "pat-na1-x",
                    "StageCriteria": {
                      "Enabled": true,
                      "Pipelines": { "default": { "contractsent": {
                        "Entry": [ { "Required": "amout" }, { "Expression": "amount > > 0" }, { "Expression": "contact_count >= 2" } ]
                      } } }
                    }
                  }
                }
              }
            }
            """);

        Assert.NotEqual(0, exit);
        const string Stage = "CrmSync:Connectors:acme:StageCriteria:Pipelines:default:contractsent:Entry";
        Assert.Contains($"error: {Stage}:0:Required: 'amout' is not a canonical field (did you mean 'amount'?", text);
        Assert.Contains($"error: {Stage}:1:Expression: is not a valid expression", text);
        Assert.Contains($"error: {Stage}:2:Expression: 'contact_count >= 2' uses unknown field(s) 'contact_count'", text);
        Assert.Contains("3 configuration problem(s)", text);
    }

    [Fact]
    public async Task ConfigCheck_StageCriteriaUnderLabelsWithSpaces_ReportsTheFullKey()
    {
        // Salesforce stages are keyed by label ("Closed Won"), HubSpot stages may be ("Decision maker bought in"):
        // the key printed must run to the end of the label, not stop at its first space.
        var (exit, text) = await CheckAsync("""
            {
              "CrmSync": {
                "Connectors": {
                  "acme": {
                    "Kind": "HubSpot",
                    "AccessToken": "pat-na1-x",
                    "StageCriteria": {
                      "Enabled": true,
                      "Pipelines": { "Sales Pipeline": {
                        "Decision maker bought in": { "Entry": [ { "Required": "amout" }, { "Expression": "amount > > 0" } ] },
                        "Closed Won": { "Entry": [ { "Field": "close_dat", "Operator": "<=", "Value": "today" } ], "BenchmarkDays": 0 }
                      } }
                    }
                  }
                }
              }
            }
            """);

        Assert.NotEqual(0, exit);
        const string Pipeline = "CrmSync:Connectors:acme:StageCriteria:Pipelines:Sales Pipeline";
        Assert.Contains($"error: {Pipeline}:Decision maker bought in:Entry:0:Required: 'amout' is not a canonical field (did you mean 'amount'?", text);
        Assert.Contains($"error: {Pipeline}:Decision maker bought in:Entry:1:Expression: is not a valid expression", text);
        Assert.Contains($"error: {Pipeline}:Closed Won:Entry:0:Field: 'close_dat' is not a canonical field (did you mean 'close_date'?", text);
        Assert.Contains($"error: {Pipeline}:Closed Won:BenchmarkDays: must be between 1 and 3650 (was 0).", text);
        Assert.Contains("4 configuration problem(s)", text);
    }

    /// <summary><c>crmsync config check --config</c> on a file holding <paramref name="json"/>.</summary>
    internal static async Task<(int Exit, string Output)> CheckAsync(string json)
    {
        var file = Path.Combine(Path.GetTempPath(), $"crmsync-check-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json, TestContext.Current.CancellationToken);
        var output = new StringWriter();
        try
        {
            var exit = await CrmSyncCommandLine.Build().Parse(["config", "check", "--config", file])
                .InvokeAsync(new InvocationConfiguration { Output = output, Error = output }, TestContext.Current.CancellationToken);
            return (exit, output.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
