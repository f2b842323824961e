using CrmSync.Core.Connectors;
using CrmSync.Core.Records;

namespace CrmSync.Core.Analysis;

/// <summary>
/// Runs analyzers over one connector's data and merges their output. Each CrmSync property has exactly one
/// owning analyzer; an analyzer may only emit values for the properties it declares, and alert keys are unique.
/// </summary>
public sealed class AnalysisRunner
{
    private readonly IReadOnlyList<IRecordAnalyzer> _analyzers;
    private readonly Dictionary<(string ObjectType, string Name), string> _owners = [];

    /// <exception cref="AnalysisException">Duplicate analyzer names, invalid or doubly owned properties.</exception>
    public AnalysisRunner(IEnumerable<IRecordAnalyzer> analyzers)
    {
        _analyzers = analyzers.ToList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var analyzer in _analyzers)
        {
            var descriptor = analyzer.Descriptor;
            if (!names.Add(descriptor.Name))
            {
                throw new AnalysisException(descriptor.Name, "two analyzers are registered with this name.");
            }

            foreach (var property in descriptor.Properties)
            {
                Register(descriptor.Name, property);
            }
        }

        Properties = _analyzers.SelectMany(a => a.Descriptor.Properties).ToList();
        AlertTypes = _analyzers.SelectMany(a => a.Descriptor.AlertTypes).ToHashSet(StringComparer.Ordinal);
        OnClear = _analyzers.SelectMany(a => a.Descriptor.OnClear)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
    }

    /// <summary>Per alert type, what to do with an open task when its condition clears (absent: leave it).</summary>
    public IReadOnlyDictionary<string, Alerts.ClearedTaskAction> OnClear { get; }

    /// <summary>The alert types these analyzers raise.</summary>
    public IReadOnlySet<string> AlertTypes { get; }

    /// <summary>Every property of every analyzer (for <c>EnsurePropertiesAsync</c>).</summary>
    public IReadOnlyList<ComputedPropertyDefinition> Properties { get; }

    public AnalyzerResult Run(AnalysisContext context)
    {
        var values = new List<ComputedValue>();
        var alerts = new List<AlertCandidate>();
        var merges = new List<MergeProposal>();
        var findings = new List<Finding>();
        var seenValues = new HashSet<(string, string, string)>();
        var seenKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var analyzer in _analyzers)
        {
            var name = analyzer.Descriptor.Name;
            var result = Invoke(analyzer, context);
            foreach (var value in result.Values)
            {
                CheckValue(name, value, seenValues);
                values.Add(value);
            }

            foreach (var alert in result.Alerts)
            {
                if (!seenKeys.TryAdd(alert.Key, name))
                {
                    throw new AnalysisException(
                        name, $"alert key '{alert.Key}' was already raised by analyzer '{seenKeys[alert.Key]}'.");
                }

                alerts.Add(alert);
            }

            merges.AddRange(result.Merges);
            findings.AddRange(result.Findings);
        }

        return new AnalyzerResult(values, alerts) { Merges = merges, Findings = findings };
    }

    private void Register(string analyzer, ComputedPropertyDefinition property)
    {
        if (!ComputedPropertyKeys.IsValid(property.Name))
        {
            throw new AnalysisException(analyzer, ComputedPropertyKeys.Describe(property.Name) + ".");
        }

        if (!CrmObjectTypes.IsRecordType(property.ObjectType))
        {
            throw new AnalysisException(analyzer,
                $"property '{property.Name}' has unknown object type '{property.ObjectType}'.");
        }

        if (!_owners.TryAdd((property.ObjectType, property.Name), analyzer))
        {
            throw new AnalysisException(analyzer,
                $"property '{property.Name}' on {property.ObjectType} is already written by analyzer " +
                $"'{_owners[(property.ObjectType, property.Name)]}'.");
        }
    }

    private void CheckValue(string analyzer, ComputedValue value, HashSet<(string, string, string)> seen)
    {
        if (!_owners.TryGetValue((value.ObjectType, value.Property), out var owner) || owner != analyzer)
        {
            throw new AnalysisException(analyzer,
                $"emitted a value for property '{value.Property}' on {value.ObjectType} record {value.RecordId}, " +
                "which it does not declare.");
        }

        if (!seen.Add((value.ObjectType, value.RecordId, value.Property)))
        {
            throw new AnalysisException(analyzer,
                $"emitted property '{value.Property}' twice for {value.ObjectType} record {value.RecordId}.");
        }
    }

    private static AnalyzerResult Invoke(IRecordAnalyzer analyzer, AnalysisContext context)
    {
        try
        {
            return analyzer.Analyze(context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not AnalysisException)
        {
            throw new AnalysisException(analyzer.Descriptor.Name, $"failed for connector '{context.Connector}': {ex.Message}", ex);
        }
    }
}
