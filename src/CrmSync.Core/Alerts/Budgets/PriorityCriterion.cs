namespace CrmSync.Core.Alerts.Budgets;

/// <summary>One criterion of the priority rule (<c>Alerts:Priority</c>); a missing value sorts after any value.</summary>
public enum PriorityCriterion
{
    /// <summary>Larger money at risk first (<see cref="Analysis.AlertCandidate.MoneyAtRisk"/>).</summary>
    MoneyAtRisk,

    /// <summary>Larger overrun ratio first (<see cref="Analysis.AlertCandidate.Overrun"/>).</summary>
    Overrun,

    /// <summary>Older condition first (<see cref="Analysis.AlertCandidate.Since"/>).</summary>
    Age,

    /// <summary>High, then Medium, then Low (<see cref="Analysis.AlertCandidate.Priority"/>).</summary>
    Severity,
}
