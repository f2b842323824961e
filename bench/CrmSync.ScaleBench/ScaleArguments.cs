using System.Globalization;

namespace CrmSync.ScaleBench;

/// <summary>The bench's command line; every figure of scale is a parameter so a small run fits a busy machine.</summary>
internal sealed record ScaleArguments
{
    public int Connectors { get; init; } = 1000;

    public int Replicas { get; init; } = 3;

    /// <summary>The measured window: every occurrence scheduled in it must run exactly once.</summary>
    public int Minutes { get; init; } = 11;

    /// <summary>Each connector's cron is <c>*/Interval * * * *</c>, staggered over the interval.</summary>
    public int IntervalMinutes { get; init; } = 5;

    public int ConnectorsPerSandbox { get; init; } = 100;

    /// <summary>Contacts per sandbox (companies and deals follow the sandbox's own ratios, at least 10 and 20).</summary>
    public int Records { get; init; } = 5;

    /// <summary>Added to every sandbox answer, so that a run lasts long enough to be caught mid-flight by the kill.</summary>
    public int LatencyMs { get; init; } = 150;

    public string Job { get; init; } = "sync";

    /// <summary>Hangfire workers per replica; 0 = crmsync's automatic count.</summary>
    public int Workers { get; init; }

    public bool Kill { get; init; } = true;

    public bool KeepDatabase { get; init; }

    public static ScaleArguments Parse(string[] args)
    {
        var result = new ScaleArguments();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name == "--no-kill")
            {
                result = result with { Kill = false };
                continue;
            }

            if (name == "--keep-db")
            {
                result = result with { KeepDatabase = true };
                continue;
            }

            if (i + 1 >= args.Length)
                throw new ArgumentException($"{name} needs a value");
            var value = args[++i];
            result = name switch
            {
                "--connectors" => result with { Connectors = Number(name, value, 1, 100_000) },
                "--replicas" => result with { Replicas = Number(name, value, 1, 20) },
                "--minutes" => result with { Minutes = Number(name, value, 1, 120) },
                "--interval" => result with { IntervalMinutes = Number(name, value, 1, 30) },
                "--per-sandbox" => result with { ConnectorsPerSandbox = Number(name, value, 1, 100_000) },
                "--records" => result with { Records = Number(name, value, 1, 1000) },
                "--latency-ms" => result with { LatencyMs = Number(name, value, 0, 10_000) },
                "--workers" => result with { Workers = Number(name, value, 0, 64) },
                "--job" => result with { Job = value },
                _ => throw new ArgumentException($"unknown option {name}; options: --connectors --replicas --minutes --interval --per-sandbox --records --latency-ms --workers --job --no-kill --keep-db"),
            };
        }

        if (result.Minutes < 2 * result.IntervalMinutes)
            throw new ArgumentException($"--minutes ({result.Minutes}) must be at least twice --interval ({result.IntervalMinutes}) so every connector is scheduled twice");
        return result;
    }

    private static int Number(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}, got '{value}'");
}
