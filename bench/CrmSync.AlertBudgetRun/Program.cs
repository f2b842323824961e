using CrmSync.AlertBudgetRun;
using CrmSync.Core.Alerts.Budgets;
using CrmSync.Worker.Demo;

// The acceptance of alert budgets (issue 13) on a large fake CRM: three pipeline runs a day apart, tables per run and
// owner, and the ledger of every alert. Exit code 1 when an alert was lost, created twice or created out of order.
var arguments = BudgetRunArguments.Parse(args);
var failed = false;
foreach (var crm in arguments.Crms)
{
    await using var database = await BenchDatabase.CreateAsync(arguments.Postgres);
    var settings = new BudgetRunSettings(crm, crm == DemoCrm.Salesforce ? arguments.SalesforceRecords : arguments.Records, arguments.Seed,
        database?.ConnectionString, arguments.Backlog, arguments.PerRun, arguments.PerOwnerDay, arguments.OpenCap, arguments.DealsToClose);
    var result = await BudgetScenario.RunAsync(settings, Console.Error.WriteLine, CancellationToken.None);
    var report = BudgetReport.Of(result);
    ReportPrinter.Print(result, report, Console.Out);
    failed |= report.Ledger.Problems.Count > 0 || report.Inversions.Any(i => i.Count > 0);
}

return failed ? 1 : 0;
