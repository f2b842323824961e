namespace CrmSync.Worker.Tests.Configuration;

/// <summary>
/// Issue 9: <c>crmsync config check</c> validates the Salesforce fields the metrics read (LifecycleDateFields,
/// ContractFields, RecurringAmountField), naming each bad key; good ones pass.
/// </summary>
public class SalesforceMetricsFieldsConfigurationTests
{
    private static readonly (string, string?)[] Salesforce = SalesforceAutoMergeConfigurationTests.Salesforce;

    [Fact]
    public void Check_BadFieldNames_NameTheirKeys()
    {
        var problems = TestServices.Check(TestServices.Config([.. Salesforce,
            ("CrmSync:Connectors:sf:LifecycleDateFields:MQL", "MQL_Date__c"),
            ("CrmSync:Connectors:sf:LifecycleDateFields:salesqualifiedlead", "SQL Date"),
            ("CrmSync:Connectors:sf:ContractFields:EndDate", "Contract-End"),
            ("CrmSync:Connectors:sf:RecurringAmountField", "MRR__c;")]));

        foreach (var key in new[] { "LifecycleDateFields:MQL", "LifecycleDateFields:salesqualifiedlead", "ContractFields:EndDate", "RecurringAmountField" })
            Assert.Contains(problems, p => p.Message.Contains($"CrmSync:Connectors:sf:{key}", StringComparison.Ordinal) || p.Key == $"CrmSync:Connectors:sf:{key}");
        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void Check_GoodFields_ReportNothing()
    {
        var problems = TestServices.Check(TestServices.Config([.. Salesforce,
            ("CrmSync:Connectors:sf:LifecycleDateFields:lead", "CreatedDate"),
            ("CrmSync:Connectors:sf:LifecycleDateFields:marketingqualifiedlead", "MQL_Date__c"),
            ("CrmSync:Connectors:sf:ContractFields:StartDate", "Contract_Start__c"),
            ("CrmSync:Connectors:sf:ContractFields:TermMonths", "Term_Months__c"),
            ("CrmSync:Connectors:sf:RecurringAmountField", "MRR__c"),
            ("CrmSync:Connectors:sf:Metrics:RevenueSource", "RecurringAmount")]));

        Assert.Empty(problems);
    }
}
