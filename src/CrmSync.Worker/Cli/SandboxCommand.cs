using System.CommandLine;
using CrmSync.Sandbox;
using CrmSync.Sandbox.Salesforce;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Hosting;
using Microsoft.AspNetCore.Connections;

namespace CrmSync.Worker.Cli;

/// <summary><c>crmsync sandbox</c>: the fake HubSpot (or, with <c>--crm salesforce</c>, the fake Salesforce org) alone, for any client to point at.</summary>
public static class SandboxCommand
{
    public static Command Build()
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 = any free port; default CrmSync:Sandbox:Port)" };
        var records = new Option<int>("--records") { Description = "Contacts to seed, 1 to 1,000,000 (default CrmSync:Sandbox:Records, 1,000)" };
        var seed = new Option<int>("--seed") { Description = "Seed for the generated data (default CrmSync:Sandbox:Seed, 42)" };
        var searchLag = new Option<int>("--search-index-lag-ms")
        {
            Description = "Records created less than this many milliseconds ago are missing from search, as HubSpot's eventually consistent index does (0 = none; default CrmSync:Sandbox:SearchIndexLag)",
        };
        var instanceUrl = new Option<string>("--instance-url")
        {
            Description = "--crm salesforce only: the instance_url the token endpoint answers (default: the org's own URL), e.g. a proxy in front of the org's data calls",
        };
        var crm = new Option<string>("--crm") { Description = "hubspot (default) or salesforce", DefaultValueFactory = _ => "hubspot" };
        crm.AcceptOnlyFromAmong("hubspot", "salesforce");
        var command = new Command("sandbox", "Serve the sandbox CRM (a stateful fake of HubSpot's API, or of a Salesforce org) until Ctrl+C");
        command.Options.Add(crm);
        command.Options.Add(port);
        command.Options.Add(records);
        command.Options.Add(seed);
        command.Options.Add(searchLag);
        command.Options.Add(instanceUrl);
        CommandActions.Set(command, async (parse, ct) =>
        {
            // CrmSync:Sandbox from the configuration (--config included), then what the command line says.
            var options = CommandActions.ReadGlobalOptions(parse).Sandbox;
            if (parse.Given(port))
                options.Port = parse.GetValue(port);
            if (parse.Given(records))
                options.Records = parse.GetValue(records);
            if (parse.Given(seed))
                options.Seed = parse.GetValue(seed);
            if (parse.Given(searchLag))
                options.SearchIndexLag = TimeSpan.FromMilliseconds(parse.GetValue(searchLag));
            if (CommandActions.Report([.. ConfigurationChecker.SandboxProblems(options)], parse.InvocationConfiguration.Error) > 0)
                return 2;
            var salesforce = parse.GetValue(crm) == "salesforce";
            if (parse.Given(instanceUrl) && !salesforce)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("error: --instance-url applies to --crm salesforce only");
                return 2;
            }

            Uri? instance = null;
            if (parse.GetValue(instanceUrl) is { } text && !Uri.TryCreate(text, UriKind.Absolute, out instance))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: --instance-url must be an absolute URL such as http://127.0.0.1:8080 (was '{text}')");
                return 2;
            }

            var output = parse.InvocationConfiguration.Output;
            await using IAsyncDisposable host = salesforce
                ? await StartSalesforceAsync(options, instance, output, ct)
                : await StartHubSpotAsync(options, output, ct);
            output.WriteLine("Press Ctrl+C to stop.");
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

    private static async Task<SandboxHost> StartHubSpotAsync(SandboxOptions options, TextWriter output, CancellationToken ct)
    {
        var sandbox = await StartAsync(() => SandboxHost.StartAsync(options, ct));
        output.WriteLine($"Sandbox HubSpot API at {sandbox.BaseUrl}");
        output.WriteLine($"Bearer token: {sandbox.AccessToken}  (a sandbox token, not a secret)");
        return sandbox;
    }

    /// <summary>
    /// The fake org on the same port, records and seed options; its URL is the login URL and, unless
    /// <paramref name="instanceUrl"/> names another, the instance URL.
    /// </summary>
    private static async Task<SalesforceOrgHost> StartSalesforceAsync(SandboxOptions options, Uri? instanceUrl, TextWriter output, CancellationToken ct)
    {
        var org = await StartAsync(() => SalesforceOrgHost.StartAsync(
            new SalesforceOrgOptions { Port = options.Port, Records = options.Records, Seed = options.Seed, InstanceUrl = instanceUrl }, ct));
        output.WriteLine(instanceUrl is null
            ? $"Sandbox Salesforce org at {org.BaseUrl} (login URL and instance URL; REST API v{org.State.Options.ApiVersion})"
            : $"Sandbox Salesforce org at {org.BaseUrl} (login URL; tokens name {instanceUrl.GetLeftPart(UriPartial.Authority)} as the instance URL; REST API v{org.State.Options.ApiVersion})");
        output.WriteLine($"Client credentials: client_id={org.ClientId} client_secret={org.ClientSecret}  (sandbox values, not secrets)");
        return org;
    }

    private static async Task<T> StartAsync<T>(Func<Task<T>> start)
    {
        try
        {
            return await start();
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            throw new StartupException(HostStartup.PortInUse(e, "--port or CrmSync:Sandbox:Port"), e);
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            // e.g. a relative --instance-url: one line naming the option, no stack trace.
            throw new StartupException(string.Join("; ", e.Failures), e);
        }
    }
}
