using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace CrmSync.Worker.Configuration;

/// <summary>Checks the whole configuration and returns every problem (not just the first), each with its key.</summary>
public static partial class ConfigurationChecker
{
    public static IReadOnlyList<ConfigurationProblem> Check(IConfiguration configuration)
    {
        var problems = new List<ConfigurationProblem>();
        CheckGlobal(configuration.GetSection(CrmSyncOptions.Section), problems);

        var connectors = configuration.GetSection(ConnectorOptions.Section).GetChildren().ToList();
        if (connectors.Count == 0)
            problems.Add(new(ConnectorOptions.Section, "no connector is configured; add one (see config/appsettings.example.json)"));

        foreach (var connector in connectors)
            problems.AddRange(CheckConnector(connector));
        return problems;
    }

    public static IReadOnlyList<ConfigurationProblem> CheckConnector(IConfigurationSection section)
    {
        var problems = new List<ConfigurationProblem>();
        if (!ConnectorName().IsMatch(section.Key))
        {
            problems.Add(new(section.Path, "connector names may hold only letters, digits and '_' (so environment variables can override them)"));
        }

        foreach (var (key, value) in section.AsEnumerable(makePathsRelative: true))
        {
            if (value is null && section.GetSection(key).GetChildren().Any())
                continue;
            var problem = ConnectorKeySchema.CheckValue(key, value);
            if (problem is not null)
                problems.Add(new($"{section.Path}:{key}", problem));
        }

        if (problems.Count > 0)
            return problems;
        var options = new ConnectorOptions();
        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException e)
        {
            // The binder's message names the key and the value it could not convert.
            return [new ConfigurationProblem(section.Path, e.Message)];
        }

        return ConnectorOptionsValidator.Check(section.Key, options);
    }

    private static void CheckGlobal(IConfigurationSection section, List<ConfigurationProblem> problems)
    {
        var options = new CrmSyncOptions();
        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException e)
        {
            problems.Add(new(section.Path, e.Message));
            return;
        }

        if (options.WorkerCount is < 1 or > 64)
            problems.Add(new($"{section.Path}:WorkerCount", $"must be between 1 and 64, got {options.WorkerCount}"));
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
            problems.Add(new($"{section.Path}:DataDirectory", "must name a directory"));
    }

    [GeneratedRegex("^[A-Za-z0-9_]+$")]
    private static partial Regex ConnectorName();
}
