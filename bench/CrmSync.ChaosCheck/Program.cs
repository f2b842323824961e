using CrmSync.ChaosCheck;

// The pull and write paths under crashes and lost answers: the CRM (and, after a kill during the pull, the store)
// must end as an uninterrupted run leaves it (README, Benchmarks).
var a = ChaosArguments.Parse(args);
var crm = a.CreateCrm();
var phases = a.Phases ?? crm.DefaultPhases;
var proxy = ChaosPaths.ProxyScript(a.ProxyScript);
var work = Path.Combine(Path.GetTempPath(), $"crmsync-chaos-{Guid.NewGuid():N}");
Directory.CreateDirectory(work);
var trials = new Trials(a, crm, proxy, work);
var random = new Random(a.Seed);
Console.WriteLine($"CrmSync chaos check on {crm.Name}: {a.Records:N0} contacts, seed {a.Seed}, {a.Kills} kills ({string.Join(", ", phases).ToLowerInvariant()}), " +
    $"lost-answer rates {string.Join(", ", a.DropRates.Select(r => r.ToString("P0")))}; rerun delay {crm.RerunDelay.TotalSeconds:F0} s; work in {work}");

var baseline = await trials.BaselineAsync();
Console.WriteLine($"baseline (uninterrupted): {baseline.Run.Describe()}, {baseline.PullRequests} pull requests, {baseline.Run.Count("write_calls")} value writes; " +
    $"CRM holds {baseline.Snapshot.Values.Count:N0} computed values and {baseline.Snapshot.Tasks.Count:N0} tasks");

var results = new List<TrialResult>();
for (var i = 1; i <= a.Kills; i++)
{
    // Rotate the phase; pick the n-th request of that phase and a delay inside it at random. A kill during the pull
    // lands at least three requests in (describes and a first page are behind it) and in its first three quarters.
    var phase = phases[(i - 1) % phases.Count];
    var (low, high, delay) = phase switch
    {
        KillPhase.Pull => (3, Math.Max(4, baseline.PullRequests * 3 / 4), 50),
        KillPhase.Values => (1, Math.Max(2, baseline.Run.Count("write_calls")), 150),
        _ => (1, Math.Max(2, (long)baseline.Snapshot.Tasks.Count), 150),
    };
    var result = await trials.KillAsync(i, phase, random.Next(low, (int)high + 1), random.Next(0, delay), baseline);
    result.Print(Console.Out);
    results.Add(result);
}

for (var i = 0; i < a.DropRates.Count; i++)
{
    var result = await trials.LostResponsesAsync(i + 1, a.DropRates[i], baseline);
    result.Print(Console.Out);
    results.Add(result);
}

var same = results.Count(r => r.Same);
var missed = results.Count(r => !r.Interrupted);
Console.WriteLine($"summary: {same} of {results.Count} interrupted runs ended the same as the uninterrupted run" +
    $"{(missed == 0 ? "" : $" ({missed} of them ended before their kill point, so were not interrupted)")}; " +
    $"duplicate tasks {results.Sum(r => r.Diff.DuplicateTasks)}, missing tasks {results.Sum(r => r.Diff.MissingTasks)}, " +
    $"extra tasks {results.Sum(r => r.Diff.ExtraTasks)}, differing values {results.Sum(r => r.Diff.ValueMismatches)}, " +
    $"store entries missing {results.Sum(r => r.Store?.Missing ?? 0)}, extra {results.Sum(r => r.Store?.Extra ?? 0)}, differing {results.Sum(r => r.Store?.Different ?? 0)}");
try
{
    Directory.Delete(work, recursive: true);
}
catch (IOException)
{
    // A store file still held by a killed process's leftovers: harmless in a temp directory.
}

return same == results.Count ? 0 : 1;
