namespace CrmSync.Worker.Hosting;

/// <summary>How one CLI command wants the host built.</summary>
/// <param name="ConfigFile">An extra JSON file layered over appsettings (the CLI's --config).</param>
/// <param name="Overrides">In-memory values layered last (the demo's sandbox connector).</param>
/// <param name="Server">Run Hangfire workers and the recurring-job registrar.</param>
/// <param name="Web">Serve the dashboard, health endpoints and run history.</param>
public sealed record HostSettings(
    string[] Args,
    string? ConfigFile = null,
    IReadOnlyDictionary<string, string?>? Overrides = null,
    bool Server = false,
    bool Web = false,
    string? Urls = null)
{
    /// <summary>Only the configuration and the plug-ins (what <c>config check</c> needs): no store, Hangfire or web server.</summary>
    public bool ConfigurationOnly { get; init; }

    /// <summary>Extra service registrations applied last (tests add log capture this way).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}
