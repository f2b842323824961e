using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;

namespace CrmSync.Core.Renewals;

/// <summary>
/// Renewals (issue 10 point 4, metrics.md §10.3 <c>RenewalApproaching</c>): writes <c>renewal_due_date</c> (the
/// current contract end) on every customer company and raises one task per contract term for a company whose contract
/// ends within the window without an open renewal deal. The alert key carries the contract end, so a renewed term
/// alerts again, and the task is completed when a renewal deal is opened or the contract is extended.
/// </summary>
public sealed class RenewalAnalyzer : IAnalyzerPlugin<RenewalAnalyzer, RenewalOptions>
{
    public const string AnalyzerName = "renewals";
    public const string AlertType = "renewal_approaching";
    public const string DueDateProperty = "renewal_due_date";

    private static readonly AnalyzerDescriptor Static = new(
        AnalyzerName,
        RenewalOptions.SectionName,
        CustomerAccounts.Inputs(),
        [
            new(CrmObjectTypes.Companies, DueDateProperty, "CrmSync renewal due date", ComputedPropertyType.DateTime,
                "The end of the customer's current contract (its own contract end, else its latest won deal's), computed by CrmSync. Empty for non-customers."),
        ],
        [AlertType]);

    private readonly RenewalOptions _options;
    private readonly CustomerScope _scope;

    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public RenewalAnalyzer(RenewalOptions options, string sectionPath = RenewalOptions.SectionName)
    {
        Descriptor = CustomerAnalyzerRun.Configure(Static, options, options, sectionPath);
        _options = options;
        _scope = options.Scope();
    }

    public AnalyzerDescriptor Descriptor { get; }

    public static AnalyzerDescriptor Describe() => Static;

    public static RenewalAnalyzer Create(RenewalOptions options) => new(options);

    public AnalyzerResult Analyze(AnalysisContext context)
    {
        var today = DateOnly.FromDateTime(context.Now.UtcDateTime);
        var customers = CustomerAccounts.Find(context, _scope).ToDictionary(a => a.Company.Id, StringComparer.Ordinal);
        var run = new CustomerAnalyzerRun();
        foreach (var company in context.Records(CrmObjectTypes.Companies).Where(c => !c.Archived))
        {
            var account = customers.GetValueOrDefault(company.Id);
            run.Value(company, DueDateProperty, account?.ContractEnd is { } end ? RenewalText.Timestamp(end) : null);
            if (account is not null && IsDue(account, today))
                run.Alert(RenewalAlert.Create(account, today, _scope.WindowDays), RenewalText.Due(account, today));
        }

        return run.ToResult();
    }

    private bool IsDue(CustomerAccount account, DateOnly today) =>
        !account.HasOpenRenewalDeal
        && account.DaysToContractEnd(today) is { } days
        && days <= _scope.WindowDays && days >= -_options.ExpiredGraceDays;
}
