using CrmSync.Core.Dedupe;
using CrmSync.Sandbox;
using Microsoft.Extensions.Configuration.Json;

namespace CrmSync.Worker.Configuration;

/// <summary>
/// Checks the whole configuration and returns every problem (not just the first), each with its key: the sections of
/// each JSON file, the connection strings, the global keys under <c>CrmSync</c> and every connector.
/// </summary>
public sealed class ConfigurationChecker(ConnectorSectionReader reader)
{
    public const string ConnectionStringsSection = "ConnectionStrings";

    /// <summary>The top-level sections a configuration file may hold: CrmSync's own and those of the ASP.NET Core host.</summary>
    public static readonly IReadOnlyList<string> KnownSections =
        [CrmSyncOptions.Section, ConnectionStringsSection, "Logging", "AllowedHosts", "Kestrel", "Urls", "Http_Ports", "Https_Ports"];

    public IReadOnlyList<ConfigurationProblem> Check(IConfiguration configuration)
    {
        var problems = new List<ConfigurationProblem>();
        CheckFileSections(configuration, problems);
        CheckConnectionStrings(configuration.GetSection(ConnectionStringsSection), problems);
        CheckGlobal(configuration.GetSection(CrmSyncOptions.Section), problems);

        var connectors = configuration.GetSection(ConnectorOptions.Section).GetChildren().ToList();
        if (connectors.Count == 0)
            problems.Add(new(ConnectorOptions.Section, "no connector is configured; add one (see config/appsettings.example.json)"));

        foreach (var connector in connectors)
            reader.Read(connector, problems);
        return problems;
    }

    public IReadOnlyList<ConfigurationProblem> CheckConnector(IConfigurationSection section)
    {
        var problems = new List<ConfigurationProblem>();
        reader.Read(section, problems);
        return problems;
    }

    /// <summary>One connector's section and the global keys every job relies on (the lease expiry).</summary>
    public IReadOnlyList<ConfigurationProblem> CheckConnector(IConfiguration configuration, IConfigurationSection section)
    {
        var problems = new List<ConfigurationProblem>();
        ReadGlobal(configuration, problems);
        problems.AddRange(CheckConnector(section));
        return problems;
    }

    /// <summary>A misspelt top-level section (<c>CrmSnyc</c>) would be ignored whole; environment variables are not checked.</summary>
    private static void CheckFileSections(IConfiguration configuration, List<ConfigurationProblem> problems)
    {
        var files = (configuration as IConfigurationRoot)?.Providers.OfType<JsonConfigurationProvider>() ?? [];
        foreach (var file in files)
        {
            foreach (var section in file.GetChildKeys([], null).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!KnownSections.Contains(section, StringComparer.OrdinalIgnoreCase))
                {
                    problems.Add(new(section, $"unknown section in {file.Source.Path} (the sections read are {string.Join(", ", KnownSections)})"));
                }
            }
        }
    }

    private static void CheckConnectionStrings(IConfigurationSection section, List<ConfigurationProblem> problems)
    {
        foreach (var child in section.GetChildren())
        {
            if (!string.Equals(child.Key, ConnectionStringCheck.Name, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new(child.Path, $"unknown connection string: CrmSync reads only {ConnectionStringCheck.Key} " +
                    "(without it the store is SQLite and Hangfire runs in memory, so every replica would run every schedule)"));
            }
            else if (ConnectionStringCheck.Problem(child.Value) is { } problem)
            {
                problems.Add(new(child.Path, problem));
            }
        }
    }

    /// <summary>The <c>CrmSync</c> section's own keys (not the connectors), or null with every problem added.</summary>
    public static CrmSyncOptions? ReadGlobal(IConfiguration configuration, List<ConfigurationProblem> problems)
    {
        var before = problems.Count;
        var options = CheckGlobal(configuration.GetSection(CrmSyncOptions.Section), problems);
        return problems.Count > before ? null : options;
    }

    private static CrmSyncOptions? CheckGlobal(IConfigurationSection section, List<ConfigurationProblem> problems)
    {
        var rejected = SectionKeys.Check(section,
            (string[] segments, string? value, out string? problem) => OptionsKeySchema.IsKnown(typeof(CrmSyncOptions), segments, 0, value, out problem),
            problems, skip: "Connectors");
        if (SectionKeys.Bind(SectionKeys.Without(section, rejected), typeof(CrmSyncOptions), problems) is not CrmSyncOptions options)
            return null;

        if (options.WorkerCount is < 0 or > 64)
            problems.Add(new($"{section.Path}:WorkerCount", $"must be between 1 and 64 (or 0 for automatic), got {options.WorkerCount}"));
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
            problems.Add(new($"{section.Path}:DataDirectory", "must name a directory"));
        problems.AddRange(CrmSyncOptionsValidator.Check(options, section.Path));
        var dedupe = $"{section.Path}:{nameof(CrmSyncOptions.Dedupe)}";
        problems.AddRange(DedupeSettingsValidator.Validate(options.Dedupe, dedupe).Select(p => ConfigurationProblem.Parse(p, dedupe)));
        problems.AddRange(SandboxProblems(options.Sandbox, section.Path));
        var metrics = $"{section.Path}:{nameof(CrmSyncOptions.Metrics)}";
        problems.AddRange(options.Metrics.Validate(metrics).Select(p => ConfigurationProblem.Parse(p, metrics)));
        return options;
    }

    /// <summary>The sandbox's own validator words its keys <c>Sandbox:Port …</c>; here they get their full key.</summary>
    public static IEnumerable<ConfigurationProblem> SandboxProblems(SandboxOptions options, string crmSyncSection = CrmSyncOptions.Section)
    {
        var result = new SandboxOptionsValidator().Validate(null, options);
        return result.Failed
            ? result.Failures.Select(f => ConfigurationProblem.Parse($"{crmSyncSection}:{f}", $"{crmSyncSection}:{nameof(CrmSyncOptions.Sandbox)}"))
            : [];
    }
}
