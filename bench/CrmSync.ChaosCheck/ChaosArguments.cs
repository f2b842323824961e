using System.Globalization;

namespace CrmSync.ChaosCheck;

/// <summary>Command-line settings of the check; every one has a default that gives a meaningful run.</summary>
internal sealed record ChaosArguments
{
    public int Kills { get; init; } = 10;
    public int Records { get; init; } = 1_000;
    public int Seed { get; init; } = 42;

    /// <summary>Fractions of forwarded task creates whose answer the proxy drops, one lost-answer run each.</summary>
    public IReadOnlyList<double> DropRates { get; init; } = [0.3, 1.0];

    /// <summary>
    /// Fraction of forwarded batch updates whose answer is dropped in every lost-answer run (a batch update is
    /// idempotent and retried twice, so a rate much above this makes whole batches fail and stops the job instead).
    /// </summary>
    public double UpdateDropRate { get; init; } = 0.2;

    /// <summary>The sandbox's search-index lag, and the worker's IndexLag (with margin above it).</summary>
    public TimeSpan CrmSearchLag { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan WorkerSearchLag { get; init; } = TimeSpan.FromSeconds(3);

    public string? ProxyScript { get; init; }

    public static ChaosArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new ChaosArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            parsed = args[i] switch
            {
                "--kills" => parsed with { Kills = int.Parse(value, CultureInfo.InvariantCulture) },
                "--records" => parsed with { Records = int.Parse(value, CultureInfo.InvariantCulture) },
                "--seed" => parsed with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "--drop-rates" => parsed with { DropRates = value.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToList() },
                "--update-drop-rate" => parsed with { UpdateDropRate = double.Parse(value, CultureInfo.InvariantCulture) },
                "--proxy" => parsed with { ProxyScript = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}; options: --kills N --records N --seed N --drop-rates 0.3,1 --update-drop-rate 0.2 --proxy path/to/fault-proxy.py"),
            };
            i++;
        }

        return parsed;
    }
}
