using CrmSync.ScaleBench;

// 1,000 connectors on 3 `crmsync run` replicas sharing one PostgreSQL database: every occurrence of every staggered
// schedule in the window must run exactly once, with a small lag, spread over the replicas; one replica is killed
// with -9 mid-job and the others must finish its work. See bench/CrmSync.ScaleBench/README.md.
ScaleArguments a;
try
{
    a = ScaleArguments.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

await using var database = await BenchDatabase.CreateAsync(a.KeepDatabase);
await using var sandboxes = await SandboxFleet.StartAsync(a);
var work = Directory.CreateTempSubdirectory("crmsync-scale-").FullName;
var config = BenchConfig.Write(work, a, database.ConnectionString, sandboxes);
Console.WriteLine($"{a.Connectors:N0} connectors on {sandboxes.Count} sandboxes, {a.Replicas} replicas, database {database.Name}; logs in {work}");

var replicas = new List<Replica>();
try
{
    for (var i = 0; i < a.Replicas; i++)
        replicas.Add(Replica.Start($"replica-{i + 1}", config, work));
    await Task.WhenAll(replicas.Select(r => r.WaitReadyAsync(TimeSpan.FromMinutes(10))));

    var from = DateTimeOffset.UtcNow;
    var to = from.AddMinutes(a.Minutes);
    Console.WriteLine($"All replicas ready at {from:HH:mm:ss}; measuring until {to:HH:mm:ss} UTC");

    KillReport? kill = null;
    if (a.Kill)
    {
        // Mid-window, so the survivors have both the killed replica's jobs and their own schedule to run.
        await Delay(from.AddMinutes(a.Minutes / 2.0));
        kill = await KillTest.KillMidJobAsync(replicas[0], database.DataSource, TimeSpan.FromMinutes(a.IntervalMinutes));
        Console.WriteLine($"Killed {kill.Victim.Name} (pid {kill.Victim.ProcessId}) at {kill.KilledAt:HH:mm:ss} running Hangfire job(s) {string.Join(", ", kill.JobsInFlight)}");
    }

    await Delay(to);
    var rows = await DrainAsync(database, from, to);
    foreach (var replica in replicas.Where(r => !r.Killed))
        await replica.StopAsync(TimeSpan.FromSeconds(60));
    return FiguresTable.Print(a, ScheduleAudit.Audit(rows, from, to), rows, replicas, from, to, kill) ? 0 : 1;
}
finally
{
    foreach (var replica in replicas)
        await replica.DisposeAsync();
}

static async Task Delay(DateTimeOffset until)
{
    var wait = until - DateTimeOffset.UtcNow;
    if (wait > TimeSpan.Zero)
        await Task.Delay(wait);
}

// Waits until every occurrence of the window has a finished run (the killed replica's jobs come back after the
// invisibility timeout), or long enough that a missing one is missed indeed.
static async Task<BenchRows> DrainAsync(BenchDatabase database, DateTimeOffset from, DateTimeOffset to)
{
    var deadline = DateTimeOffset.UtcNow + BenchConfig.JobInvisibilityTimeout + TimeSpan.FromMinutes(3);
    while (true)
    {
        var rows = await BenchReader.ReadAsync(database.DataSource);
        var open = ScheduleAudit.Audit(rows, from, to).Count(o => o.Missed || o.Runs.Any(r => r.Status == "Running"));
        if (open == 0 || DateTimeOffset.UtcNow > deadline)
            return rows;
        Console.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss} waiting for {open} occurrence(s) of the window to finish");
        await Task.Delay(TimeSpan.FromSeconds(10));
    }
}
