using System.Collections.Concurrent;

namespace CrmSync.Worker.Configuration;

/// <summary>Each configured connector's settings, read once per process (the configuration does not reload).</summary>
public sealed class ConnectorSettingsProvider(IConfiguration configuration, ConnectorSectionReader reader)
{
    private readonly ConcurrentDictionary<string, ConnectorSettings> _settings = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Names =>
        configuration.GetSection(ConnectorOptions.Section).GetChildren().Select(c => c.Key).ToList();

    /// <exception cref="ArgumentException">No such connector, or its configuration has problems (all listed).</exception>
    public ConnectorSettings Get(string name) => _settings.GetOrAdd(name, Read);

    private ConnectorSettings Read(string name)
    {
        var section = configuration.GetSection($"{ConnectorOptions.Section}:{name}");
        if (!section.Exists())
            throw new ArgumentException($"No connector '{name}' is configured under {ConnectorOptions.Section}", nameof(name));
        var problems = new List<ConfigurationProblem>();
        return reader.Read(section, problems)
            ?? throw new ArgumentException(string.Join(Environment.NewLine, problems), nameof(name));
    }
}
