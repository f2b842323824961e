using CrmSync.Core.Alerts;
using CrmSync.Sandbox;
using CrmSync.Sandbox.Faults;
using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Jobs;
using CrmSync.Worker.Tests.EndToEnd;

namespace CrmSync.Worker.Tests.WritePath;

/// <summary>
/// A task is created exactly once whatever fails between "the CRM created it" and "CrmSync saved it": the intent is
/// saved first, and the next run finds the task by its alert key instead of creating a second one.
/// </summary>
[Collection(HostCollection.Name)]
public class AlertExactlyOnceTests
{
    private const string TaskCreates = "/objects/tasks$";

    [Theory]
    [InlineData(CommitFault.ServerError)]
    [InlineData(CommitFault.MalformedBody)]
    [InlineData(CommitFault.DropConnection)]
    [InlineData(CommitFault.SlowAnswer)]
    public async Task Pipeline_TaskCreatedButTheAnswerLost_NextRunRecordsThoseTasksAndCreatesNoSecond(CommitFault fault)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var session = await WritePathSession.StartAsync(new SandboxOptions { Records = 1_000, Seed = 31 }, "00:00:00", ct,
            new Dictionary<string, string?> { [":AttemptTimeout"] = "00:00:02" });
        session.Crm.FailAfterCommit("POST", TaskCreates, fault, times: 3, delay: TimeSpan.FromSeconds(6));

        var first = await session.RunAsync(JobNames.Pipeline, ct);

        Assert.Equal(RunStatus.PartiallyFailed, first.Status);
        Assert.Equal(3, first.Errors.Count(e => e.Code == "ALERT_CREATE_UNCONFIRMED"));
        var tasks = session.Crm.ListTasks().Count;
        Assert.Equal(first.Counts[CounterNames.AlertsCreated] + 3, tasks);
        Assert.Equal(3, (await session.AlertsAsync(ct)).Count(a => a.Status == AlertStatus.Pending));

        var second = await session.RunAsync(JobNames.Pipeline, ct);

        Assert.Equal(RunStatus.Succeeded, second.Status);
        Assert.Equal(0, second.Counts.GetValueOrDefault(CounterNames.AlertsCreated));
        Assert.Equal(3, second.Counts[CounterNames.AlertsRecovered]);
        Assert.Equal(tasks, session.Crm.ListTasks().Count);
        await session.AssertOneTaskPerOpenAlertAsync(ct);
    }

    [Fact]
    public async Task Pipeline_CancelledWhileTheCreatedTasksAnswerIsInFlight_NextRunRecordsThatTaskOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var session = await WritePathSession.StartAsync(new SandboxOptions { Records = 1_000, Seed = 32 }, "00:00:00", ct);
        session.Crm.FailAfterCommit("POST", TaskCreates, CommitFault.SlowAnswer, delay: TimeSpan.FromMinutes(1));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);

        var running = session.RunAsync(JobNames.Pipeline, stop.Token);
        while (session.Crm.FindRequests("POST", "/crm/v3/objects/tasks").Count == 0)
            await Task.Delay(20, ct);
        await stop.CancelAsync();
        var first = await running;

        Assert.Equal(RunStatus.Cancelled, first.Status);
        var task = Assert.Single(session.Crm.ListTasks());
        var intent = Assert.Single(await session.AlertsAsync(ct));
        Assert.Equal((AlertStatus.Pending, null), (intent.Status, intent.TaskId));
        Assert.Equal(intent.Key, task.Properties[WritePathSession.AlertKeyProperty]);

        var second = await session.RunAsync(JobNames.Pipeline, ct);

        Assert.Equal(RunStatus.Succeeded, second.Status);
        Assert.Equal(1, second.Counts[CounterNames.AlertsRecovered]);
        Assert.Equal(task.Id, (await session.AlertsAsync(ct)).Single(a => a.Key == intent.Key).TaskId);
        await session.AssertOneTaskPerOpenAlertAsync(ct);
    }

    /// <summary>
    /// The CRM's search lags (8 s in the sandbox; the connector waits 10 s, a margin as a portal's setting should have): right after the failures
    /// the young intents wait, neither looked up nor created; once the lag has passed they are found and recorded.
    /// </summary>
    [Fact]
    public async Task Pipeline_UnconfirmedCreatesYoungerThanTheSearchIndexLag_WaitThenAreRecordedWithoutASecondTask()
    {
        var ct = TestContext.Current.CancellationToken;
        var lag = TimeSpan.FromSeconds(10);
        await using var session = await WritePathSession.StartAsync(
            new SandboxOptions { Records = 1_000, Seed = 33, BurstLimitPer10Seconds = 10_000, SearchIndexLag = lag - TimeSpan.FromSeconds(2) }, lag.ToString(), ct);
        session.Crm.FailAfterCommit("POST", TaskCreates, CommitFault.ServerError, times: 1_000);

        var first = await session.RunAsync(JobNames.Pipeline, ct);
        var created = session.Crm.ListTasks().Count;
        Assert.True(created > 0);
        Assert.Equal(created, first.Errors.Count(e => e.Code == "ALERT_CREATE_UNCONFIRMED"));

        var second = await session.RunAsync(JobNames.WriteBack, ct);

        Assert.Equal(0, second.Counts.GetValueOrDefault(CounterNames.AlertsCreated));
        Assert.True(second.Counts.GetValueOrDefault(CounterNames.AlertsPending) > 0, "no intent was young enough to wait");
        Assert.Equal(created, second.Counts.GetValueOrDefault(CounterNames.AlertsPending) + second.Counts.GetValueOrDefault(CounterNames.AlertsRecovered));
        Assert.Equal(created, session.Crm.ListTasks().Count);

        var youngest = (await session.AlertsAsync(ct)).Where(a => a.Status == AlertStatus.Pending).Max(a => a.CreatedAt);
        var wait = youngest + lag - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait, ct);
        var third = await session.RunAsync(JobNames.WriteBack, ct);

        Assert.Equal(RunStatus.Succeeded, third.Status);
        Assert.Equal(0, third.Counts.GetValueOrDefault(CounterNames.AlertsCreated));
        Assert.Equal(second.Counts[CounterNames.AlertsPending], third.Counts[CounterNames.AlertsRecovered]);
        Assert.Equal(created, session.Crm.ListTasks().Count);
        await session.AssertOneTaskPerOpenAlertAsync(ct);
    }
}
