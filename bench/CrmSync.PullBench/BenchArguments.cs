namespace CrmSync.PullBench;

public sealed record BenchArguments(int Records, int BurstPer10Seconds, int SearchPerSecond, int Runs)
{
    public static BenchArguments Parse(string[] args)
    {
        int Value(string name, int fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
        }

        return new(Value("--records", 100_000), Value("--burst", 190), Value("--search", 5), Value("--runs", 1));
    }

    public string[] ToServeArgs() =>
        ["--serve", "--records", Records.ToString(), "--burst", BurstPer10Seconds.ToString(), "--search", SearchPerSecond.ToString()];
}
