using System.CommandLine;
using CrmSync.Worker.Cli;

namespace CrmSync.Worker.Tests.Configuration;

public class ConfigCheckCommandTests
{
    [Fact]
    public async Task ConfigCheck_FileWithThreeMistakes_PrintsEachKeyAndExitsNonZero()
    {
        var file = Path.Combine(Path.GetTempPath(), $"crmsync-check-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """
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
            """, TestContext.Current.CancellationToken);
        var output = new StringWriter();
        try
        {
            var exit = await CrmSyncCommandLine.Build().Parse(["config", "check", "--config", file])
                .InvokeAsync(new InvocationConfiguration { Output = output, Error = output }, TestContext.Current.CancellationToken);

            var text = output.ToString();
            Assert.NotEqual(0, exit);
            Assert.Contains("error: CrmSync:Connectors:acme:BaseUrl:", text);
            Assert.Contains("error: CrmSync:Connectors:acme:AccessToken:", text);
            Assert.Contains("error: CrmSync:Connectors:acme:Schedules:sync:Cron:", text);
            Assert.Contains("3 configuration problem(s)", text);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
