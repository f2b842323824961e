using System.Text.RegularExpressions;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Worker.Analysis;

namespace CrmSync.Worker.Configuration;

/// <summary>
/// Reads one <c>CrmSync:Connectors:{name}</c> section into <see cref="ConnectorSettings"/>, or reports every problem:
/// unknown keys and bad values first (against the common keys, the kind's options and each analyzer's section),
/// then each part's own validation. <c>config check</c>, start-up validation and the jobs all read connectors here.
/// </summary>
public sealed partial class ConnectorSectionReader(IEnumerable<IConnectorKind> kinds, IEnumerable<AnalyzerRegistration> analyzers)
{
    private readonly IReadOnlyList<IConnectorKind> _kinds = kinds.ToList();
    private readonly IReadOnlyList<AnalyzerRegistration> _analyzers = analyzers.ToList();

    private IReadOnlyList<string> KindNames => _kinds.Select(k => k.Kind).ToList();

    public ConnectorSettings? Read(IConfigurationSection section, List<ConfigurationProblem> problems)
    {
        var before = problems.Count;
        if (!ConnectorName().IsMatch(section.Key))
            problems.Add(new(section.Path, "connector names may hold only letters, digits and '_' (so environment variables can override them)"));

        var kindName = section[nameof(ConnectorOptions.Kind)];
        var kind = _kinds.FirstOrDefault(k => string.Equals(k.Kind, kindName?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (string.IsNullOrWhiteSpace(kindName))
            problems.Add(new($"{section.Path}:Kind", $"is required (one of: {string.Join(", ", KindNames)})"));
        else if (kind is null)
            problems.Add(new($"{section.Path}:Kind", $"unknown connector kind '{kindName}'; use one of {string.Join(", ", KindNames)}"));

        CheckKeys(section, kind, problems);
        if (problems.Count > before)
            return null;

        var common = Bind<ConnectorOptions>(section, problems);
        var kindOptions = Bind(section, kind!.OptionsType, problems);
        var configured = _analyzers
            .Select(a => new ConfiguredAnalyzer(a, (IAnalyzerOptions)Bind(section.GetSection(a.Descriptor.SectionName), a.OptionsType, problems)!))
            .ToList();
        if (problems.Count > before)
            return null;

        var settings = new ConnectorSettings(section.Key, common!, kind, kindOptions!, configured);
        problems.AddRange(CommonOptionsValidator.Check(settings, _analyzers));
        problems.AddRange(kind.Validate(settings.SectionPath, kindOptions!).Select(p => ConfigurationProblem.Parse(p, settings.SectionPath)));
        foreach (var analyzer in configured)
        {
            var path = $"{settings.SectionPath}:{analyzer.Registration.Descriptor.SectionName}";
            problems.AddRange(analyzer.Options.Validate(path).Select(p => ConfigurationProblem.Parse(p, path)));
        }

        return problems.Count > before ? null : settings;
    }

    private void CheckKeys(IConfigurationSection section, IConnectorKind? kind, List<ConfigurationProblem> problems)
    {
        foreach (var (key, value) in section.AsEnumerable(makePathsRelative: true))
        {
            if (value is null && section.GetSection(key).GetChildren().Any())
                continue;
            var segments = key.Split(ConfigurationPath.KeyDelimiter);
            if (!IsKnown(segments, kind, value, out var problem))
            {
                problems.Add(new($"{section.Path}:{key}", "unknown key (check its spelling against config/appsettings.example.json)"));
            }
            else if (problem is not null)
            {
                problems.Add(new($"{section.Path}:{key}", problem));
            }
        }
    }

    private bool IsKnown(string[] segments, IConnectorKind? kind, string? value, out string? problem)
    {
        var analyzer = _analyzers.FirstOrDefault(a => string.Equals(a.Descriptor.SectionName, segments[0], StringComparison.OrdinalIgnoreCase));
        if (analyzer is not null)
            return OptionsKeySchema.IsKnown(analyzer.OptionsType, segments, 1, value, out problem);
        if (string.Equals(segments[0], nameof(ConnectorOptions.Kind), StringComparison.OrdinalIgnoreCase))
        {
            problem = null;
            return true;
        }

        if (OptionsKeySchema.IsKnown(typeof(ConnectorOptions), segments, 0, value, out problem))
            return true;

        // With the kind unknown or misspelt, any kind's key still gets its value checked.
        foreach (var candidate in kind is null ? _kinds : [kind])
        {
            if (OptionsKeySchema.IsKnown(candidate.OptionsType, segments, 0, value, out problem))
                return true;
        }

        return false;
    }

    private static T? Bind<T>(IConfigurationSection section, List<ConfigurationProblem> problems) where T : class =>
        (T?)Bind(section, typeof(T), problems);

    private static object? Bind(IConfigurationSection section, Type type, List<ConfigurationProblem> problems)
    {
        var options = Activator.CreateInstance(type)!;
        try
        {
            section.Bind(options);
            return options;
        }
        catch (InvalidOperationException e)
        {
            // The binder's message names the key and the value it could not convert.
            problems.Add(new(section.Path, e.Message));
            return null;
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_]+$")]
    private static partial Regex ConnectorName();
}
