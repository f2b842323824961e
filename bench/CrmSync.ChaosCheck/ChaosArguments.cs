using System.Globalization;

namespace CrmSync.ChaosCheck;

/// <summary>Command-line settings of the check; every one has a default that gives a meaningful run.</summary>
internal sealed record ChaosArguments
{
    private const string Usage =
        "options: --crm hubspot|salesforce --kills N --phases pull,values,alerts --records N --seed N --drop-rates 0.3,1 " +
        "--update-drop-rate 0.2 --page-size N --proxy path/to/fault-proxy.py";

    /// <summary>Which fake CRM the worker runs against: <c>hubspot</c> (default) or <c>salesforce</c>.</summary>
    public string Crm { get; init; } = "hubspot";

    public int Kills { get; init; } = 10;

    /// <summary>Phases the kills rotate through; null = the CRM's default (HubSpot values, alerts; Salesforce pull too).</summary>
    public IReadOnlyList<KillPhase>? Phases { get; init; }

    public int Records { get; init; } = 1_000;
    public int Seed { get; init; } = 42;

    /// <summary>Fractions of forwarded task creates whose answer the proxy drops, one lost-answer run each.</summary>
    public IReadOnlyList<double> DropRates { get; init; } = [0.3, 1.0];

    /// <summary>
    /// Fraction of forwarded value writes whose answer is dropped in every lost-answer run (a value write is
    /// idempotent and retried twice, so a rate much above this makes whole batches fail and stops the job instead).
    /// </summary>
    public double UpdateDropRate { get; init; } = 0.2;

    /// <summary>HubSpot: the sandbox's search-index lag, and the worker's IndexLag (with margin above it).</summary>
    public TimeSpan CrmSearchLag { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan WorkerSearchLag { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Salesforce: the connector's QueryBatchSize (200 is the smallest the org honours), so the pull has many pages.</summary>
    public int QueryBatchSize { get; init; } = 200;

    public string? ProxyScript { get; init; }

    public IChaosCrm CreateCrm() => Crm switch
    {
        "hubspot" => new HubSpotCrm(this),
        "salesforce" => new SalesforceCrm(this),
        _ => throw new ArgumentException($"--crm must be hubspot or salesforce (was '{Crm}')"),
    };

    public static ChaosArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new ChaosArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            parsed = args[i] switch
            {
                "--crm" => parsed with { Crm = value.ToLowerInvariant() },
                "--kills" => parsed with { Kills = int.Parse(value, CultureInfo.InvariantCulture) },
                "--phases" => parsed with { Phases = value.Split(',').Select(p => Enum.Parse<KillPhase>(p.Trim(), ignoreCase: true)).ToList() },
                "--records" => parsed with { Records = int.Parse(value, CultureInfo.InvariantCulture) },
                "--seed" => parsed with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "--drop-rates" => parsed with { DropRates = value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToList() },
                "--update-drop-rate" => parsed with { UpdateDropRate = double.Parse(value, CultureInfo.InvariantCulture) },
                "--page-size" => parsed with { QueryBatchSize = int.Parse(value, CultureInfo.InvariantCulture) },
                "--proxy" => parsed with { ProxyScript = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}; {Usage}"),
            };
            i++;
        }

        parsed.CreateCrm();
        return parsed;
    }
}
