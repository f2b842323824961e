using System.CommandLine;

namespace CrmSync.Worker.Cli;

/// <summary>
/// <c>crmsync health</c>: asks a running <c>crmsync run</c> for <c>/healthz</c> and exits 0 when it answers 200. The
/// container image's HEALTHCHECK uses it, because chiseled images carry no shell, curl or wget.
/// </summary>
public static class HealthCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static Command Build()
    {
        var url = new Option<string?>("--url")
        {
            Description = "The address to ask (default http://127.0.0.1:<first of ASPNETCORE_HTTP_PORTS, else 8080>/healthz)",
        };
        var command = new Command("health", "Exit 0 when the local crmsync run answers /healthz, 1 otherwise (for a container HEALTHCHECK)");
        command.Options.Add(url);
        CommandActions.Set(command, async (parse, ct) =>
        {
            var target = parse.GetValue(url) ?? DefaultUrl(Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS"));
            using var http = new HttpClient { Timeout = Timeout };
            try
            {
                using var response = await http.GetAsync(target, ct);
                if (response.IsSuccessStatusCode)
                {
                    await parse.InvocationConfiguration.Output.WriteLineAsync($"{target}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
                    return 0;
                }

                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: {target} answered {(int)response.StatusCode}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: {target}: {e.Message}");
            }

            return 1;
        });
        return command;
    }

    /// <summary>The first port of ASPNETCORE_HTTP_PORTS ("8080;8081"), on loopback.</summary>
    public static string DefaultUrl(string? httpPorts)
    {
        var first = (httpPorts ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return $"http://127.0.0.1:{(int.TryParse(first, out var port) ? port : 8080)}/healthz";
    }
}
