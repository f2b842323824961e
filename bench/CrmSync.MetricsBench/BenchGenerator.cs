namespace CrmSync.MetricsBench;

/// <summary>
/// Seeded data for both sides: two pipelines (new business with skips, regressions, losses, reopens, won-then-lost,
/// repeated rows and entries after the as-of time; renewals), contacts moving through the lifecycle (some skip MQL,
/// some go to "other") with first touches, customers with monthly MRR (new, upgrades, downgrades, churn,
/// reactivation; months without a row are 0), and sessions. The same seed gives the same rows to every sink.
/// </summary>
internal sealed class BenchGenerator(BenchSettings settings)
{
    private static readonly string[] NewStages = ["discovery", "qualification", "proposal", "negotiation", "closedwon", "closedlost"];
    private static readonly string[] RenewalStages = ["renewal_open", "renewal_quote", "renewal_won", "renewal_lost"];
    private static readonly long Span = BenchSettings.AsOf.Ticks - BenchSettings.Start.Ticks;
    private long _seq;

    public void Generate(IBenchSink sink)
    {
        for (var i = 0; i < NewStages.Length; i++)
            sink.Stage("new", NewStages[i], i + 1, i >= 4, i == 4);
        for (var i = 0; i < RenewalStages.Length; i++)
            sink.Stage("renewal", RenewalStages[i], i + 1, i >= 2, i == 2);
        var random = new Random(settings.Seed);
        for (var d = 0; d < settings.Deals; d++)
            Deal(sink, random, d);
        for (var c = 0; c < settings.Contacts; c++)
            Contact(sink, random, c);
        for (var c = 0; c < settings.Customers; c++)
            Customer(sink, random, c);
        for (var m = 0; m < BenchSettings.Months; m++)
            sink.Sessions(2024 + (m / 12), (m % 12) + 1, 200_000 + random.Next(100_000));
    }

    private void Deal(IBenchSink sink, Random random, int d)
    {
        var renewal = random.NextDouble() < 0.15;
        var stages = renewal ? RenewalStages : NewStages;
        var lastOpen = renewal ? 1 : 3;
        var won = lastOpen + 1;
        var at = BenchSettings.Start.Ticks + (long)(random.NextDouble() * (Span - TimeSpan.TicksPerDay));
        var created = at;
        var entries = new List<(int Stage, long At)> { (0, at) };
        var position = 0;
        for (var step = 0; step < 10; step++)
        {
            at += TimeSpan.TicksPerMinute * random.Next(60, 40 * 24 * 60);
            var r = random.NextDouble();
            position = Step(position, r, random, lastOpen);
            if (position < 0)
                break;
            entries.Add((position, at));
            if (r > 0.97)
                entries.Add((position, at + TimeSpan.TicksPerMinute)); // a repeated row
        }

        var final = entries[^1];
        var amount = random.NextDouble() < 0.05 ? (decimal?)null : Math.Round((decimal)(1_000 + (random.NextDouble() * 99_000)), 2);
        var closed = final.Stage >= won;
        sink.Deal(d, renewal ? "renewal" : "new", stages[final.Stage], amount, created, closed ? final.At : null, $"O{random.Next(50)}");
        // History rows in a shuffled order: the engine and the SQL sort them.
        for (var i = entries.Count - 1; i >= 0; i--)
            sink.Entry(d, stages[entries[i].Stage], entries[i].At, _seq++);
    }

    /// <summary>The next stage from <paramref name="position"/> (-1: no more moves); won = lastOpen + 1, lost = lastOpen + 2.</summary>
    private static int Step(int position, double r, Random random, int lastOpen)
    {
        var (won, lost) = (lastOpen + 1, lastOpen + 2);
        return position switch
        {
            _ when position == won => r < 0.05 ? lost : -1, // won, then moved to lost
            _ when position == lost => r < 0.15 ? random.Next(0, lastOpen + 1) : -1, // reopened
            _ when r < 0.035 => -1, // stays open
            _ when r < 0.14 => lost,
            _ when position == lastOpen => r < 0.6 ? won : position - 1,
            _ when r < 0.26 => Math.Min(position + 2, lastOpen), // skips a stage
            _ when r < 0.32 && position > 0 => position - 1, // regression
            _ => position + 1,
        };
    }

    private void Contact(IBenchSink sink, Random random, int c)
    {
        var created = BenchSettings.Start.Ticks + (long)(random.NextDouble() * (Span - TimeSpan.TicksPerDay));
        sink.Contact(c, created, $"O{random.Next(50)}");
        sink.Lifecycle(c, 1, created, _seq++);
        var at = created;
        var r = random.NextDouble();
        if (r < 0.03)
        {
            sink.Lifecycle(c, 7, at + TimeSpan.TicksPerDay, _seq++); // other
            return;
        }

        if (r > 0.5)
            return;
        at += TimeSpan.TicksPerMinute * random.Next(0, 20 * 24 * 60);
        var skipsMql = r < 0.06;
        sink.Lifecycle(c, skipsMql ? 3 : 2, at, _seq++);
        var signal = at;
        if (!skipsMql && random.NextDouble() < 0.4)
            sink.Lifecycle(c, 3, at + (TimeSpan.TicksPerMinute * random.Next(0, 30 * 24 * 60)), _seq++);
        if (random.NextDouble() < 0.3)
            sink.Activity(c, signal - (TimeSpan.TicksPerMinute * random.Next(1, 5_000))); // before the signal: no answer to it
        if (random.NextDouble() < 0.75)
            sink.Activity(c, signal + (TimeSpan.TicksPerMinute * (long)Math.Min(20_000, random.NextDouble() * random.NextDouble() * 4_000)));
    }

    private static void Customer(IBenchSink sink, Random random, int c)
    {
        var start = random.Next(-6, BenchSettings.Months);
        var mrr = Math.Round((decimal)(100 + (random.NextDouble() * 4_900)), 2);
        for (var m = 0; m < BenchSettings.Months; m++)
        {
            if (m > start)
            {
                var r = random.NextDouble();
                if (mrr == 0)
                    mrr = r < 0.05 ? Math.Round((decimal)(100 + (random.NextDouble() * 2_000)), 2) : 0; // reactivation
                else if (r < 0.025)
                    mrr = 0;
                else if (r < 0.075)
                    mrr = Math.Round(mrr * (decimal)(1.1 + (random.NextDouble() * 0.4)), 2);
                else if (r < 0.115)
                    mrr = Math.Round(mrr * (decimal)(0.6 + (random.NextDouble() * 0.3)), 2);
            }

            if (m >= start && mrr > 0)
                sink.Revenue(c, 2024 + (m / 12), (m % 12) + 1, mrr);
        }
    }
}
