using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Salesforce.Tests.Support;

namespace CrmSync.Salesforce.Tests.Tasks;

/// <summary>CompleteTaskAsync against the fake org: Status Completed (IsClosed), the note appended once, deleted tasks left.</summary>
public class TaskCompletionTests
{
    private const string Note = "CrmSync, 2030-01-02 10:00 UTC: the condition of this task has cleared (criteria_not_met).";

    private static async Task<(CrmSync.Sandbox.Salesforce.SalesforceOrgHost Org, ICrmConnector Connector, string TaskId)> StartAsync(CancellationToken ct)
    {
        var org = await SalesforceTestConnector.StartOrgAsync();
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));
        var deal = (string)org.State.Query("SELECT Id FROM Opportunity WHERE IsClosed = false LIMIT 1")[0]["Id"]!;
        var id = await connector.CreateTaskAsync(new("criteria_not_met:deals:x", CrmObjectTypes.Deals, deal, null, "s", "the body", DateTimeOffset.UtcNow, AlertPriority.Medium), ct);
        return (org, connector, id);
    }

    [Fact]
    public async Task CompleteTask_MarksCompletedAndAppendsTheNoteOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var (org, connector, id) = await StartAsync(ct);
        await using var _ = org;

        await connector.CompleteTaskAsync(id, Note, markCompleted: true, ct);
        await connector.CompleteTaskAsync(id, Note, markCompleted: true, ct);

        var task = org.State.Query($"SELECT Status, IsClosed, Description FROM Task WHERE Id = '{id}'")[0];
        Assert.Equal("Completed", task["Status"]);
        Assert.Equal(true, task["IsClosed"]);
        Assert.Equal($"the body\n\n{Note}", task["Description"]);
        Assert.Equal(CrmTaskState.Completed, (await connector.GetTaskStatesAsync([id], ct))[id]);
    }

    [Fact]
    public async Task CompleteTask_NoteOnly_LeavesTheTaskOpen()
    {
        var ct = TestContext.Current.CancellationToken;
        var (org, connector, id) = await StartAsync(ct);
        await using var _ = org;

        await connector.CompleteTaskAsync(id, Note, markCompleted: false, ct);

        var task = org.State.GetRecord(id)!;
        Assert.Equal("Not Started", task["Status"]);
        Assert.EndsWith(Note, (string)task["Description"]!);
    }

    [Fact]
    public async Task CompleteTask_DeletedTask_IsLeftWithoutError()
    {
        var ct = TestContext.Current.CancellationToken;
        var (org, connector, id) = await StartAsync(ct);
        await using var _ = org;
        org.State.DeleteAsUser(id);

        await connector.CompleteTaskAsync(id, Note, markCompleted: true, ct);

        Assert.Equal(CrmTaskState.Gone, (await connector.GetTaskStatesAsync([id], ct))[id]);
    }
}
