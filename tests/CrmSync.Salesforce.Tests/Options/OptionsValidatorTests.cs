namespace CrmSync.Salesforce.Tests.Options;

public class OptionsValidatorTests
{
    [Fact]
    public void EveryProblem_NamesItsFullKey_AndNoSecretValue()
    {
        var options = new SalesforceConnectorOptions
        {
            LoginUrl = "login.salesforce.com",
            ApiVersion = "v60",
            Auth = new SalesforceAuthOptions { Flow = SalesforceAuthFlow.ClientCredentials, ClientId = "id", ClientSecret = "sec ret" },
            Limits = new SalesforceLimitOptions { DailyReserveShare = 1.5, MaxConcurrentRequests = 0 },
            QueryBatchSize = 5_000,
        };

        var problems = SalesforceConnectorOptionsValidator.Validate("CrmSync:Connectors:acme", options);

        foreach (var key in new[] { "LoginUrl", "ApiVersion", "Auth:ClientSecret", "Limits:DailyReserveShare", "Limits:MaxConcurrentRequests", "QueryBatchSize" })
            Assert.Contains(problems, p => p.StartsWith($"CrmSync:Connectors:acme:{key}:", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("sec ret", StringComparison.Ordinal));
    }

    [Fact]
    public void JwtBearer_NeedsUsernameAndExactlyOneKeySource()
    {
        var options = new SalesforceConnectorOptions { Auth = new SalesforceAuthOptions { ClientId = "id" } };

        var problems = SalesforceConnectorOptionsValidator.Validate("CrmSync:Connectors:acme", options);

        Assert.Contains(problems, p => p.StartsWith("CrmSync:Connectors:acme:Auth:Username:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("CrmSync:Connectors:acme:Auth:PrivateKeyPath:", StringComparison.Ordinal));
    }

    [Fact]
    public void LifecycleAndContractFields_BadNamesAreNamedWithTheirKeys()
    {
        var options = new SalesforceConnectorOptions
        {
            Auth = new SalesforceAuthOptions { Flow = SalesforceAuthFlow.ClientCredentials, ClientId = "id", ClientSecret = "secret" },
            LifecycleDateFields = { ["MQL"] = "MQL_Date__c", ["salesqualifiedlead"] = "SQL Date", ["lead"] = "CreatedDate" },
            ContractFields = new SalesforceContractFields { StartDate = "Contract_Start__c", EndDate = "Contract End", TermMonths = "9Term" },
            RecurringAmountField = "MRR__c;",
        };

        var problems = SalesforceConnectorOptionsValidator.Validate("CrmSync:Connectors:acme", options);

        Assert.Contains(problems, p => p.StartsWith("CrmSync:Connectors:acme:LifecycleDateFields:MQL: must be a lifecycle stage", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("CrmSync:Connectors:acme:LifecycleDateFields:salesqualifiedlead: must name a Lead/Contact date field", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("CrmSync:Connectors:acme:ContractFields:EndDate:", StringComparison.Ordinal) && p.Contains("'Contract End'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("CrmSync:Connectors:acme:ContractFields:TermMonths:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("CrmSync:Connectors:acme:RecurringAmountField:", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("LifecycleDateFields:lead", StringComparison.Ordinal) || p.Contains("StartDate", StringComparison.Ordinal));
    }
}
