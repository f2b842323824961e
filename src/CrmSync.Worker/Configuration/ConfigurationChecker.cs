namespace CrmSync.Worker.Configuration;

/// <summary>Checks the whole configuration and returns every problem (not just the first), each with its key.</summary>
public sealed class ConfigurationChecker(ConnectorSectionReader reader)
{
    public IReadOnlyList<ConfigurationProblem> Check(IConfiguration configuration)
    {
        var problems = new List<ConfigurationProblem>();
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
        CheckGlobal(configuration.GetSection(CrmSyncOptions.Section), problems);
        problems.AddRange(CheckConnector(section));
        return problems;
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
        problems.AddRange(CrmSyncOptionsValidator.Check(options, section.Path));
    }
}
