using CrmSync.Core.Analysis;

namespace CrmSync.Core.Renewals;

/// <summary>
/// <c>CrmSync:Connectors:{name}:Renewals</c>: a customer company whose contract ends within
/// <see cref="CustomerScopeOptions.RenewalWindowDays"/> and that has no open renewal deal gets a task for its owner,
/// once per contract term (docs/renewals-and-health.md). Off by default.
/// </summary>
public sealed class RenewalOptions : CustomerScopeOptions, IAnalyzerOptions
{
    public const string SectionName = "Renewals";

    /// <summary>Days after the contract end during which a renewal without a renewal deal is still alerted (then it is churn, not a renewal).</summary>
    public int ExpiredGraceDays { get; set; } = 30;

    public IReadOnlyList<string> Validate(string sectionPath)
    {
        var problems = new List<string>();
        ValidateScope(problems, sectionPath);
        OptionRange.Check(problems, $"{sectionPath}:ExpiredGraceDays", ExpiredGraceDays, 0, 3650);
        return problems;
    }
}
