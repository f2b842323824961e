using System.CommandLine;
using System.Net.Http.Headers;
using System.Text.Json;
using CrmSync.Worker.Cli;

namespace CrmSync.Worker.Tests.Operator;

/// <summary><c>crmsync sandbox --config</c> reads <c>CrmSync:Sandbox</c>; the command line overrides it.</summary>
public class SandboxCommandTests
{
    [Fact]
    public async Task Sandbox_ConfigFile_SetsPortRecordsAndToken()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var port = Ports.Free();
        var config = folder.Write("sandbox.json", $$"""
            { "CrmSync": { "Sandbox": { "Port": {{port}}, "Records": 1234, "AccessToken": "pat-from-config" } } }
            """);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var command = CrmSyncCommandLine.Build().Parse(["sandbox", "--config", config])
            .InvokeAsync(new InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null }, stop.Token);

        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "pat-from-config");
        var total = await SearchTotalAsync(http, $"http://127.0.0.1:{port}/crm/v3/objects/contacts/search", command, ct);
        await stop.CancelAsync();

        Assert.Equal(1234, total);
        Assert.Equal(0, await command);
    }

    [Fact]
    public async Task Sandbox_ConfigFileWithABadValue_NamesTheKey()
    {
        using var folder = new TempFolder();
        var config = folder.Write("sandbox.json", """{ "CrmSync": { "Sandbox": { "Records": 0, "Recrods": 5 } } }""");
        var error = new StringWriter();
        // Refused at once; a sandbox that started anyway is stopped after a while (and the exit is then 0).
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        stop.CancelAfter(TimeSpan.FromSeconds(30));

        var exit = await CrmSyncCommandLine.Build().Parse(["sandbox", "--config", config])
            .InvokeAsync(new InvocationConfiguration { Output = TextWriter.Null, Error = error }, stop.Token);

        Assert.NotEqual(0, exit);
        Assert.Contains("CrmSync:Sandbox:Records", error.ToString());
        Assert.Contains("CrmSync:Sandbox:Recrods: unknown key", error.ToString());
    }

    [Fact]
    public async Task Sandbox_Salesforce_ServesTheSeededOrgOnTheGivenPortAndNamesTheGivenInstanceUrl()
    {
        var ct = TestContext.Current.CancellationToken;
        var port = Ports.Free();
        var output = new StringWriter();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var command = CrmSyncCommandLine.Build()
            .Parse(["sandbox", "--crm", "salesforce", "--port", $"{port}", "--records", "300", "--seed", "7", "--instance-url", "http://127.0.0.1:9"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = output }, stop.Token);

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var token = await SalesforceTokenAsync(http, command, ct);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
        using var page = JsonDocument.Parse(await http.GetStringAsync("/services/data/v60.0/query?q=" + Uri.EscapeDataString("SELECT Id, Email FROM Contact ORDER BY Id LIMIT 5"), ct));
        await stop.CancelAsync();

        // The same seed and size in process: the command served that org, not another.
        var expected = CrmSync.Sandbox.Salesforce.SalesforceOrgState.Create(new() { Records = 300, Seed = 7 }).Query("SELECT Id, Email FROM Contact ORDER BY Id LIMIT 5");
        Assert.Equal("http://127.0.0.1:9", token.GetProperty("instance_url").GetString());
        Assert.Equal(expected.Select(r => $"{r["Id"]} {r["Email"]}"),
            page.RootElement.GetProperty("records").EnumerateArray().Select(r => $"{r.GetProperty("Id").GetString()} {r.GetProperty("Email").GetString()}"));
        Assert.Contains($"Sandbox Salesforce org at http://127.0.0.1:{port}", output.ToString());
        Assert.Contains("client_id=3MVG9sandbox.crmsync.client", output.ToString());
        Assert.Equal(0, await command);
    }

    [Fact]
    public async Task Sandbox_InstanceUrlWithoutSalesforce_IsRefused()
    {
        var error = new StringWriter();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        stop.CancelAfter(TimeSpan.FromSeconds(30));

        var exit = await CrmSyncCommandLine.Build().Parse(["sandbox", "--port", "0", "--instance-url", "http://127.0.0.1:9"])
            .InvokeAsync(new InvocationConfiguration { Output = TextWriter.Null, Error = error }, stop.Token);

        Assert.Equal(2, exit);
        Assert.Contains("--instance-url applies to --crm salesforce only", error.ToString());
    }

    /// <summary>Asks the fake org for a client-credentials token until it answers (or the command ends).</summary>
    private static async Task<JsonElement> SalesforceTokenAsync(HttpClient http, Task<int> command, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            try
            {
                using var form = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials", ["client_id"] = "3MVG9sandbox.crmsync.client", ["client_secret"] = "sandbox-client-secret",
                });
                var response = await http.PostAsync("/services/oauth2/token", form, ct);
                response.EnsureSuccessStatusCode();
                return JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement.Clone();
            }
            catch (HttpRequestException) when (!command.IsCompleted && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, ct);
            }
        }
    }

    /// <summary>Polls the search endpoint until the sandbox answers (or the command ends).</summary>
    private static async Task<long> SearchTotalAsync(HttpClient http, string url, Task<int> command, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            try
            {
                var response = await http.PostAsync(url, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), ct);
                response.EnsureSuccessStatusCode();
                using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
                return json.RootElement.GetProperty("total").GetInt64();
            }
            catch (HttpRequestException) when (!command.IsCompleted && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, ct);
            }
        }
    }
}
