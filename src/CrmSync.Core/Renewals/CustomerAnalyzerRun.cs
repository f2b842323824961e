using CrmSync.Core.Alerts;
using CrmSync.Core.Analysis;
using CrmSync.Core.Records;

namespace CrmSync.Core.Renewals;

/// <summary>
/// What the renewal and health analyzers share: their options checked once at construction (the descriptor then
/// carries the configured cleared-task action), and the collection of one run's values, alerts and findings.
/// </summary>
internal sealed class CustomerAnalyzerRun
{
    private readonly List<ComputedValue> _values = [];
    private readonly List<AlertCandidate> _alerts = [];
    private readonly List<Finding> _findings = [];

    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public static AnalyzerDescriptor Configure(AnalyzerDescriptor described, CustomerScopeOptions options, IAnalyzerOptions validated, string sectionPath)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = validated.Validate(sectionPath);
        if (problems.Count > 0)
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        return described with
        {
            OnClear = described.AlertTypes.ToDictionary(t => t, _ => options.OnClear, StringComparer.Ordinal),
        };
    }

    public void Value(CrmRecord company, string property, string? value) => _values.Add(new ComputedValue(company.ObjectType, company.Id, property, value));

    /// <summary>The alert with its finding (what the dry run prints), <paramref name="detail"/> in a rep's words.</summary>
    public void Alert(AlertCandidate alert, string detail)
    {
        _alerts.Add(alert);
        _findings.Add(new Finding(alert.ObjectType, alert.RecordId, alert.AlertType, detail, alert.Key));
    }

    public AnalyzerResult ToResult() => new(_values, _alerts) { Findings = _findings };
}
