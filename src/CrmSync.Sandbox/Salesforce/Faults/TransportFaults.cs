using CrmSync.Sandbox.Salesforce.Http;
using CrmSync.Sandbox.Salesforce.Seeding;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Salesforce.Faults;

/// <summary>
/// Picks the fault (if any) for each admitted data request: first the scripted ones (tests), then the random rates
/// drawn from (Seed, request number), so a sequential client meets the same faults on every run. Thread-safe.
/// </summary>
internal sealed class TransportFaults(SalesforceOrgOptions options)
{
    private readonly DeterministicHash hash = new(options.Seed, SalesforceSeedStreams.Faults);
    private readonly List<ScriptedFault> scripted = [];
    private readonly Lock sync = new();
    private long admitted;

    public void Script(SalesforceFault kind, int count, string? pathContains)
    {
        lock (sync)
        {
            scripted.Add(new ScriptedFault(kind, count, pathContains));
        }
    }

    public void ClearScripted()
    {
        lock (sync)
        {
            scripted.Clear();
        }
    }

    public SalesforceFault? Next(string path)
    {
        lock (sync)
        {
            var n = ++admitted;
            var rule = scripted.FirstOrDefault(s => s.PathContains is null || path.Contains(s.PathContains, StringComparison.OrdinalIgnoreCase));
            if (rule is not null)
            {
                if (--rule.Remaining <= 0)
                {
                    scripted.Remove(rule);
                }

                return rule.Kind;
            }

            var roll = hash.Unit(n, 1);
            var bounds = new (double Rate, SalesforceFault Kind)[]
            {
                (options.FaultRate, hash.Below(n, 2, 2) == 0 ? SalesforceFault.ServerError : SalesforceFault.ServiceUnavailable),
                (options.MalformedRate, SalesforceFault.TruncatedJson),
                (options.HtmlErrorRate, SalesforceFault.HtmlErrorPage),
                (options.SlowRate, SalesforceFault.SlowResponse),
            };
            foreach (var (rate, kind) in bounds)
            {
                if (roll < rate)
                {
                    return kind;
                }

                roll -= rate;
            }

            return null;
        }
    }

    /// <summary>The answer of a fault that replaces the handler, or null for faults that let it run.</summary>
    public static SalesforceResponse? Answer(SalesforceFault fault) => fault switch
    {
        SalesforceFault.ServerError => SalesforceJson.Error(500, "UNKNOWN_EXCEPTION",
            "An unexpected error occurred. Please include this ErrorId if you contact support: 1870532114-48203 (-1204713891)"),
        SalesforceFault.ServiceUnavailable => SalesforceJson.Error(503, "SERVER_UNAVAILABLE", "Server is unavailable. Please try again later."),
        SalesforceFault.HtmlErrorPage => SalesforceResponse.Text(503, "text/html",
            "<!DOCTYPE html><html><head><title>Salesforce - Down for Maintenance</title></head><body><h1>Down for Maintenance</h1>"
            + "<p>Salesforce is down for maintenance. We'll be back shortly.</p></body></html>"),
        _ => null,
    };

    /// <summary>Keeps the status and headers, cuts the JSON in the middle.</summary>
    public static SalesforceResponse Truncate(SalesforceResponse response) =>
        response with { Body = response.Body[..Math.Max(1, response.Body.Length / 2)] };
}
