using System.Collections.Concurrent;

namespace CrmSync.Worker.Configuration;

/// <summary>
/// Each configured connector's settings, read once per process (the configuration does not reload): start-up
/// validation reads them, and the jobs reuse what it read.
/// </summary>
public sealed class ConnectorSettingsProvider(IConfiguration configuration, ConnectorSectionReader reader)
{
    private readonly ConcurrentDictionary<string, ConnectorSettings> _settings = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Names =>
        configuration.GetSection(ConnectorOptions.Section).GetChildren().Select(c => c.Key).ToList();

    /// <exception cref="ArgumentException">No such connector, or its configuration has problems (all listed).</exception>
    public ConnectorSettings Get(string name)
    {
        var problems = new List<ConfigurationProblem>();
        return TryGet(name, problems) ?? throw new ArgumentException(string.Join(Environment.NewLine, problems), nameof(name));
    }

    /// <summary>The connector's settings, or null with every problem added to <paramref name="problems"/>.</summary>
    public ConnectorSettings? TryGet(string name, List<ConfigurationProblem> problems)
    {
        if (_settings.TryGetValue(name, out var cached))
            return cached;
        var section = configuration.GetSection($"{ConnectorOptions.Section}:{name}");
        if (!section.Exists())
        {
            problems.Add(new(section.Path, $"no connector '{name}' is configured under {ConnectorOptions.Section}"));
            return null;
        }

        return reader.Read(section, problems) is { } settings ? _settings.GetOrAdd(name, settings) : null;
    }
}
