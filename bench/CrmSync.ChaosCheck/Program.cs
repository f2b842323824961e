using CrmSync.ChaosCheck;

// The write path under crashes and lost answers: the CRM must end as an uninterrupted run leaves it (README, Benchmarks).
var a = ChaosArguments.Parse(args);
var proxy = ChaosPaths.ProxyScript(a.ProxyScript);
var work = Path.Combine(Path.GetTempPath(), $"crmsync-chaos-{Guid.NewGuid():N}");
Directory.CreateDirectory(work);
var trials = new Trials(a, proxy, work);
var random = new Random(a.Seed);
Console.WriteLine($"CrmSync chaos check: {a.Records:N0} contacts, seed {a.Seed}, {a.Kills} kills, lost-answer rates {string.Join(", ", a.DropRates.Select(r => r.ToString("P0")))}; " +
    $"CRM search lag {a.CrmSearchLag.TotalSeconds:F0} s, worker IndexLag {a.WorkerSearchLag.TotalSeconds:F0} s; work in {work}");

var (baseline, baselineRun) = await trials.BaselineAsync();
Console.WriteLine($"baseline (uninterrupted): {baselineRun.Describe()}, {baselineRun.Count("write_calls")} batch updates; " +
    $"CRM holds {baseline.Values.Count:N0} computed values and {baseline.Tasks.Count:N0} tasks");

var results = new List<TrialResult>();
for (var i = 1; i <= a.Kills; i++)
{
    // Alternate the phase; pick the n-th call of that phase and a delay inside it at random.
    var alerts = i % 2 == 0;
    var target = random.Next(1, (int)Math.Max(2, alerts ? baseline.Tasks.Count : baselineRun.Count("write_calls")) + 1);
    var result = await trials.KillAsync(i, alerts, target, random.Next(0, 150), baseline);
    result.Print(Console.Out);
    results.Add(result);
}

for (var i = 0; i < a.DropRates.Count; i++)
{
    var result = await trials.LostResponsesAsync(i + 1, a.DropRates[i], baseline);
    result.Print(Console.Out);
    results.Add(result);
}

var same = results.Count(r => r.Diff.Same);
Console.WriteLine($"summary: {same} of {results.Count} interrupted CRMs ended the same as the uninterrupted run; " +
    $"duplicate tasks {results.Sum(r => r.Diff.DuplicateTasks)}, missing tasks {results.Sum(r => r.Diff.MissingTasks)}, " +
    $"extra tasks {results.Sum(r => r.Diff.ExtraTasks)}, differing values {results.Sum(r => r.Diff.ValueMismatches)}");
try
{
    Directory.Delete(work, recursive: true);
}
catch (IOException)
{
    // A store file still held by a killed process's leftovers: harmless in a temp directory.
}

return same == results.Count ? 0 : 1;
