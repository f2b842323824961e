using System.Text.RegularExpressions;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Duplicates;
using CrmSync.Worker.Analysis;

namespace CrmSync.Worker.Configuration;

/// <summary>
/// Reads one <c>CrmSync:Connectors:{name}</c> section into <see cref="ConnectorSettings"/>, or reports every problem:
/// unknown keys and bad values first (against the common keys, the kind's options and each analyzer's section),
/// then each part's own validation. <c>config check</c>, start-up validation and the jobs all read connectors here.
/// </summary>
public sealed partial class ConnectorSectionReader(IEnumerable<IConnectorKind> kinds, IEnumerable<AnalyzerRegistration> analyzers, TimeProvider time)
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

        // Every problem in one pass: the keys found wrong here are left out of the binding below, so that the
        // semantic checks still run on the rest (a misspelt key also shows as the missing key it was meant to be).
        var rejected = SectionKeys.Check(section, (string[] segments, string? value, out string? problem) => IsKnown(segments, kind, value, out problem), problems);
        var usable = SectionKeys.Without(section, rejected);
        var common = Bind<ConnectorOptions>(usable, problems);
        var kindOptions = kind is null ? null : SectionKeys.Bind(usable, kind.OptionsType, problems);
        var configured = _analyzers
            .Select(a => (Registration: a, Options: (IAnalyzerOptions?)SectionKeys.Bind(usable.GetSection(a.Descriptor.SectionName), a.OptionsType, problems)))
            .Where(a => a.Options is not null)
            .Select(a => new ConfiguredAnalyzer(a.Registration, a.Options!))
            .ToList();

        if (common is not null)
            problems.AddRange(CommonOptionsValidator.Check(section.Path, common, kind, _analyzers, time.GetUtcNow()));
        if (kind is not null && kindOptions is not null)
            problems.AddRange(kind.Validate(section.Path, kindOptions).Select(p => ConfigurationProblem.Parse(p, section.Path, section)));
        if (kind is { CanMerge: false } && configured.Any(a => a.Options is DuplicateDetectionOptions { Enabled: true, AutoMerge.Enabled: true }))
        {
            problems.Add(new($"{section.Path}:{DuplicateDetectionOptions.SectionName}:AutoMerge:Enabled",
                $"{kind.Kind} connectors do not merge records; set it to false (duplicates are still marked and their owners get a task)"));
        }

        foreach (var analyzer in configured)
        {
            var path = $"{section.Path}:{analyzer.Registration.Descriptor.SectionName}";
            problems.AddRange(analyzer.Options.Validate(path).Select(p => ConfigurationProblem.Parse(p, path, section.GetSection(analyzer.Registration.Descriptor.SectionName))));
        }

        return problems.Count > before ? null : new ConnectorSettings(section.Key, common!, kind!, kindOptions!, configured);
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
        (T?)SectionKeys.Bind(section, typeof(T), problems);

    [GeneratedRegex("^[A-Za-z0-9_]+$")]
    private static partial Regex ConnectorName();
}
