using System.CommandLine;
using CrmSync.Sandbox;

namespace CrmSync.Worker.Cli;

/// <summary><c>crmsync sandbox</c>: the fake HubSpot alone, for any HubSpot client to point at.</summary>
public static class SandboxCommand
{
    public static Command Build()
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 = any free port)", DefaultValueFactory = _ => 0 };
        var records = new Option<int>("--records") { Description = "Contacts to seed (1,000 to 1,000,000)", DefaultValueFactory = _ => 1_000 };
        var seed = new Option<int>("--seed") { Description = "Seed for the generated data", DefaultValueFactory = _ => 42 };
        var searchLag = new Option<int>("--search-index-lag-ms")
        {
            Description = "Records created less than this many milliseconds ago are missing from search, as HubSpot's eventually consistent index does (0 = none)",
            DefaultValueFactory = _ => 0,
        };
        var command = new Command("sandbox", "Serve the sandbox CRM (a stateful fake of HubSpot's API) until Ctrl+C");
        command.Options.Add(port);
        command.Options.Add(records);
        command.Options.Add(seed);
        command.Options.Add(searchLag);
        command.SetAction(async (parse, ct) =>
        {
            await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions
            {
                Port = parse.GetValue(port),
                Records = parse.GetValue(records),
                Seed = parse.GetValue(seed),
                SearchIndexLag = TimeSpan.FromMilliseconds(parse.GetValue(searchLag)),
            }, ct);
            Console.WriteLine($"Sandbox HubSpot API at {sandbox.BaseUrl}");
            Console.WriteLine($"Bearer token: {sandbox.AccessToken}  (a sandbox token, not a secret)");
            Console.WriteLine("Press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
            }

            return 0;
        });
        return command;
    }
}
