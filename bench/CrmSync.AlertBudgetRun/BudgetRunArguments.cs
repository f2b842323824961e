using System.Globalization;
using CrmSync.Core.Alerts.Budgets;
using CrmSync.Worker.Demo;

namespace CrmSync.AlertBudgetRun;

/// <summary>
/// <c>[--crm hubspot|salesforce|both] [--records 50000] [--salesforce-records N] [--seed 42] [--postgres "conn"]
/// [--backlog Tasks|Hold|Digest] [--per-run 200] [--per-owner-day 20] [--open-cap 50] [--close 25]</c>.
/// Without --postgres the store is CRMSYNC_TEST_PG's server when set, else SQLite.
/// </summary>
public sealed record BudgetRunArguments(
    IReadOnlyList<DemoCrm> Crms, int Records, int SalesforceRecords, int Seed, string? Postgres, BacklogMode Backlog,
    int PerRun, int PerOwnerDay, int OpenCap, int DealsToClose)
{
    public static BudgetRunArguments Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var crms = (Value("--crm") ?? "both").ToLowerInvariant() switch
        {
            "hubspot" => new[] { DemoCrm.HubSpot },
            "salesforce" => [DemoCrm.Salesforce],
            "both" => [DemoCrm.HubSpot, DemoCrm.Salesforce],
            var other => throw new ArgumentException($"--crm {other}: give hubspot, salesforce or both"),
        };
        var records = Number("--records", 50_000);
        return new BudgetRunArguments(crms, records, Number("--salesforce-records", records), Number("--seed", 42),
            Value("--postgres") ?? Environment.GetEnvironmentVariable("CRMSYNC_TEST_PG"),
            Enum.Parse<BacklogMode>(Value("--backlog") ?? nameof(BacklogMode.Tasks), ignoreCase: true),
            Number("--per-run", 200), Number("--per-owner-day", 20), Number("--open-cap", 50), Number("--close", 25));
    }
}
