using Cronos;
using CrmSync.Worker.Analysis;

namespace CrmSync.Worker.Configuration;

/// <summary>Semantic checks of the keys every connector has; every problem names its full configuration key.</summary>
internal static class CommonOptionsValidator
{
    public static IReadOnlyList<ConfigurationProblem> Check(ConnectorSettings settings, IReadOnlyList<AnalyzerRegistration> analyzers)
    {
        var o = settings.Common;
        var problems = new List<ConfigurationProblem>();
        void Add(string key, string message) => problems.Add(new($"{settings.SectionPath}:{key}", message));

        var supported = settings.Kind.ObjectTypes;
        for (var i = 0; i < o.Objects.Count; i++)
        {
            if (!supported.Contains(o.Objects[i], StringComparer.Ordinal))
                Add($"Objects:{i}", $"unknown object '{o.Objects[i]}'; {settings.Kind.Kind} connectors sync any of {string.Join(", ", supported)}");
        }

        if (o.FullReconcileInterval < TimeSpan.FromMinutes(1))
            Add("FullReconcileInterval", $"must be at least 00:01:00, got {o.FullReconcileInterval}");
        foreach (var (id, schedule) in o.Schedules)
            CheckSchedule($"Schedules:{id}", id, schedule, analyzers, Add);
        return problems;
    }

    private static void CheckSchedule(
        string key, string id, JobSchedule schedule, IReadOnlyList<AnalyzerRegistration> analyzers, Action<string, string> add)
    {
        var job = schedule.JobFor(id);
        if (!JobNames.IsKnown(job))
            add(string.IsNullOrWhiteSpace(schedule.Job) ? key : $"{key}:Job", $"unknown job '{job}'; jobs are {string.Join(", ", JobNames.All)}");
        for (var i = 0; i < schedule.Analyzers.Count; i++)
        {
            if (!analyzers.Any(a => a.Name == schedule.Analyzers[i]))
                add($"{key}:Analyzers:{i}", $"unknown analyzer '{schedule.Analyzers[i]}'; analyzers are {string.Join(", ", analyzers.Select(a => a.Name))}");
        }

        if (string.IsNullOrWhiteSpace(schedule.Cron))
            add($"{key}:Cron", "is required (e.g. \"*/15 * * * *\")");
        else if (!TryParseCron(schedule.Cron, out var error))
            add($"{key}:Cron", $"is not a valid cron expression '{schedule.Cron}': {error}");
        if (!TryFindTimeZone(schedule.TimeZone))
            add($"{key}:TimeZone", $"unknown time zone '{schedule.TimeZone}' (use an IANA id such as Europe/Berlin)");
    }

    private static bool TryParseCron(string cron, out string? error)
    {
        try
        {
            var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            CronExpression.Parse(cron, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
            error = null;
            return true;
        }
        catch (CronFormatException e)
        {
            error = e.Message;
            return false;
        }
    }

    private static bool TryFindTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
