namespace CrmSync.Worker.Demo;

public sealed record SecondRunSummary(string Status, long ComputedValuesWritten, long WriteCalls, long AlertsCreated, long ApiCalls, double Seconds);
