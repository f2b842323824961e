namespace CrmSync.Salesforce;

/// <summary>
/// Which Opportunity fields hold a won deal's contract dates and term (<c>ContractFields:StartDate</c>,
/// <c>ContractFields:EndDate</c>, <c>ContractFields:TermMonths</c>); Salesforce has no standard ones on Opportunity
/// (metrics.md §2.1: "term fields are often custom"). Each is optional; they feed the canonical <c>contract_start</c>,
/// <c>contract_end</c> and <c>contract_term_months</c> of deals, which the metrics' money source uses in place of the
/// close date and <c>Metrics:ContractMonths</c>.
/// </summary>
public sealed class SalesforceContractFields
{
    /// <summary>A date field: the day the contract's revenue starts (e.g. <c>Contract_Start__c</c>).</summary>
    public string? StartDate { get; set; }

    /// <summary>A date field: the contract's last day (e.g. <c>Contract_End__c</c>).</summary>
    public string? EndDate { get; set; }

    /// <summary>A number field: the contract's length in months (e.g. <c>Term_Months__c</c>).</summary>
    public string? TermMonths { get; set; }

    /// <summary>A copy of every setting (MemberwiseClone), so a setting added later is never dropped.</summary>
    internal SalesforceContractFields Copy()
    {
        return (SalesforceContractFields)MemberwiseClone();
    }
}
