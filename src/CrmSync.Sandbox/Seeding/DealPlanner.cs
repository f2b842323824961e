using System.Globalization;
using CrmSync.Sandbox.Pipelines;

namespace CrmSync.Sandbox.Seeding;

/// <summary>
/// Plans seeded deals: 25 % won, 20 % lost, 55 % open; a third of the open ones have sat in their stage for 60+ days
/// (stage-age alerts), some skip a stage and some move backwards once (regressions).
/// </summary>
internal sealed class DealPlanner(SeedContext context, IReadOnlyList<DealPipeline> pipelines)
{
    private const int PlanField = 1;
    private const int OwnerField = 2;
    private readonly DeterministicHash hash = new(context.Seed, SeedStreams.Deals);

    public DealPlan Plan(long index)
    {
        var random = new SeedRandom(hash.Of(index, PlanField));
        var pipeline = random.Percent(75) ? pipelines[0] : pipelines[1];
        var outcome = random.Next(100);
        var path = Path(pipeline, ref random);
        if (outcome < 25)
        {
            path.Add(pipeline.WonStage);
        }
        else if (outcome < 45)
        {
            path.Add(pipeline.LostStage);
        }

        var isOpen = outcome >= 45;
        var seededAt = context.SeededAtMs;
        var lastAt = isOpen && random.Percent(35)
            ? seededAt - ((60 + random.Next(120)) * SeedTime.Day) - random.NextLong(SeedTime.Day)
            : seededAt - random.NextLong((isOpen ? 55 : 300) * SeedTime.Day);
        var visits = new StageVisit[path.Count];
        var at = lastAt;
        for (var i = path.Count - 1; i >= 0; i--)
        {
            visits[i] = new StageVisit(path[i], at);
            at -= ((1 + random.Next(30)) * SeedTime.Day) + random.NextLong(SeedTime.Day);
        }

        var modified = Math.Min(seededAt, Math.Max(seededAt - random.NextLong(90 * SeedTime.Day), lastAt + random.NextLong(SeedTime.Hour)));
        return new DealPlan
        {
            Pipeline = pipeline,
            Visits = visits,
            ModifiedMs = modified,
            CloseDateMs = isOpen ? lastAt + ((14 + random.Next(120)) * SeedTime.Day) : lastAt,
            Amount = random.Percent(4) ? null : ((2 + random.Next(400)) * 250).ToString(CultureInfo.InvariantCulture),
            OwnerId = context.PickOwner(hash, index, OwnerField),
            Product = CompanyWords.DealProducts[random.Next(CompanyWords.DealProducts.Length)],
        };
    }

    private static List<PipelineStage> Path(DealPipeline pipeline, ref SeedRandom random)
    {
        var open = pipeline.OpenStages;
        var reach = random.Next(open.Count);
        var path = new List<PipelineStage>(open.Count + 3) { open[0] };
        for (var s = 1; s <= reach; s++)
        {
            if (s == reach || !random.Percent(12))
            {
                path.Add(open[s]);
            }
        }

        if (path.Count >= 3 && random.Percent(8))
        {
            var p = 1 + random.Next(path.Count - 1);
            path.Insert(p + 1, path[p - 1]);
            path.Insert(p + 2, path[p]);
        }

        return path;
    }
}
