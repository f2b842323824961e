using Cronos;
using CrmSync.Core.Alerts.Budgets;
using CrmSync.Core.Connectors;
using CrmSync.Worker.Analysis;

namespace CrmSync.Worker.Configuration;

/// <summary>Semantic checks of the keys every connector has; every problem names its full configuration key.</summary>
internal static class CommonOptionsValidator
{
    /// <summary>A cron must fire within this span from now (<c>0 0 31 2 *</c> never does).</summary>
    public static readonly TimeSpan CronHorizon = TimeSpan.FromDays(5 * 366);

    /// <param name="kind">Null when the kind is unknown: the object types are then left unchecked.</param>
    public static IReadOnlyList<ConfigurationProblem> Check(
        string sectionPath, ConnectorOptions o, IConnectorKind? kind, IReadOnlyList<AnalyzerRegistration> analyzers, DateTimeOffset now)
    {
        var problems = new List<ConfigurationProblem>();
        void Add(string key, string message) => problems.Add(new($"{sectionPath}:{key}", message));

        var supported = kind?.ObjectTypes ?? [];
        for (var i = 0; kind is not null && i < o.Objects.Count; i++)
        {
            if (!supported.Contains(o.Objects[i], StringComparer.Ordinal))
                Add($"Objects:{i}", $"unknown object '{o.Objects[i]}'; {kind.Kind} connectors sync any of {string.Join(", ", supported)}");
        }

        if (o.FullReconcileInterval < TimeSpan.FromMinutes(1))
            Add("FullReconcileInterval", $"must be at least 00:01:00, got {o.FullReconcileInterval}");
        foreach (var (id, schedule) in o.Schedules)
            CheckSchedule($"Schedules:{id}", id, schedule, analyzers, now, Add);
        var alertsPath = $"{sectionPath}:{AlertOptions.SectionName}";
        var alertTypes = analyzers.SelectMany(a => a.Descriptor.AlertTypes).Distinct(StringComparer.Ordinal).ToList();
        problems.AddRange(o.Alerts.Validate(alertsPath, alertTypes).Select(p => ConfigurationProblem.Parse(p, alertsPath)));
        return problems;
    }

    private static void CheckSchedule(
        string key, string id, JobSchedule schedule, IReadOnlyList<AnalyzerRegistration> analyzers, DateTimeOffset now, Action<string, string> add)
    {
        var job = schedule.JobFor(id);
        if (!JobNames.IsKnown(job))
            add(string.IsNullOrWhiteSpace(schedule.Job) ? key : $"{key}:Job", $"unknown job '{job}'; jobs are {string.Join(", ", JobNames.All)}");
        for (var i = 0; i < schedule.Analyzers.Count; i++)
        {
            if (!analyzers.Any(a => a.Name == schedule.Analyzers[i]))
                add($"{key}:Analyzers:{i}", $"unknown analyzer '{schedule.Analyzers[i]}'; analyzers are {string.Join(", ", analyzers.Select(a => a.Name))}");
        }

        if (schedule.Spread < TimeSpan.Zero || schedule.Spread > JobSchedule.MaxSpread)
            add($"{key}:Spread", $"must be between 00:00:00 and {JobSchedule.MaxSpread:c}, got {schedule.Spread:c}");
        var zone = FindTimeZone(schedule.TimeZone);
        if (zone is null)
            add($"{key}:TimeZone", $"unknown time zone '{schedule.TimeZone}' (use an IANA id such as Europe/Berlin)");
        if (string.IsNullOrWhiteSpace(schedule.Cron))
        {
            add($"{key}:Cron", "is required (e.g. \"*/15 * * * *\")");
        }
        else if (!TryParseCron(schedule.Cron, out var cron, out var error))
        {
            add($"{key}:Cron", $"is not a valid cron expression '{schedule.Cron}': {error}");
        }
        else if (cron!.GetNextOccurrence(now, zone ?? TimeZoneInfo.Utc) is not { } next || next - now > CronHorizon)
        {
            add($"{key}:Cron", $"'{schedule.Cron}' never fires (no occurrence in the next {CronHorizon.Days / 366} years)");
        }
    }

    private static bool TryParseCron(string text, out CronExpression? cron, out string? error)
    {
        try
        {
            var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            cron = CronExpression.Parse(text, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
            error = null;
            return true;
        }
        catch (CronFormatException e)
        {
            cron = null;
            error = e.Message;
            return false;
        }
    }

    private static TimeZoneInfo? FindTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}
