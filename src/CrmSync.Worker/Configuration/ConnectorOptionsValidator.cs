using Cronos;
using CrmSync.Core.Duplicates;
using CrmSync.Core.Records;
using CrmSync.Core.StageRules;
using Microsoft.Extensions.Options;

namespace CrmSync.Worker.Configuration;

/// <summary>Semantic checks of one bound connector; every problem names its full configuration key.</summary>
public sealed class ConnectorOptionsValidator : IValidateOptions<ConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectorOptions options)
    {
        var problems = Check(name ?? "", options);
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => p.ToString()));
    }

    public static IReadOnlyList<ConfigurationProblem> Check(string name, ConnectorOptions o)
    {
        var prefix = $"{ConnectorOptions.Section}:{name}";
        var problems = new List<ConfigurationProblem>();
        void Add(string key, string message) => problems.Add(new($"{prefix}:{key}", message));

        if (o.Kind is null)
            Add("Kind", $"is required (one of: {string.Join(", ", Enum.GetNames<ConnectorKind>())})");
        if (!Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            Add("BaseUrl", $"must be an absolute http(s) URL, got '{o.BaseUrl}'");
        if (string.IsNullOrWhiteSpace(o.AccessToken))
            Add("AccessToken", $"is required; set it in the environment as {prefix.Replace(":", "__")}__AccessToken, not in a committed file");
        for (var i = 0; i < o.Objects.Count; i++)
        {
            if (!CrmObjectTypes.All.Contains(o.Objects[i]))
                Add($"Objects:{i}", $"unknown object '{o.Objects[i]}'; use any of {string.Join(", ", CrmObjectTypes.All)}");
        }

        if (o.Lookback < TimeSpan.Zero || o.Lookback > TimeSpan.FromDays(7))
            Add("Lookback", $"must be between 00:00:00 and 7.00:00:00, got {o.Lookback}");
        if (o.FullReconcileInterval < TimeSpan.FromMinutes(1))
            Add("FullReconcileInterval", $"must be at least 00:01:00, got {o.FullReconcileInterval}");
        if (o.RateLimit.BurstPer10Seconds is < 1 or > 10_000)
            Add("RateLimit:BurstPer10Seconds", $"must be between 1 and 10000, got {o.RateLimit.BurstPer10Seconds}");
        if (o.RateLimit.SearchPerSecond is < 1 or > 100)
            Add("RateLimit:SearchPerSecond", $"must be between 1 and 100, got {o.RateLimit.SearchPerSecond}");
        if (o.RateLimit.Utilisation is <= 0 or > 1)
            Add("RateLimit:Utilisation", $"must be in (0, 1], got {o.RateLimit.Utilisation}");

        foreach (var (job, schedule) in o.Schedules)
            CheckSchedule($"Schedules:{job}", job, schedule, Add);

        // Core's messages start with the full key: "CrmSync:Connectors:x:StageAge:DefaultLimitDays must be …".
        foreach (var problem in o.StageAge.Validate($"{prefix}:{StageAgeOptions.SectionName}")
                     .Concat(o.Dedupe.Validate($"{prefix}:{DuplicateDetectionOptions.SectionName}")))
        {
            var split = problem.IndexOf(' ');
            problems.Add(split < 0 ? new(prefix, problem) : new(problem[..split], problem[(split + 1)..]));
        }

        return problems;
    }

    private static void CheckSchedule(string key, string job, JobSchedule schedule, Action<string, string> add)
    {
        if (!JobNames.IsKnown(job))
            add(key, $"unknown job '{job}'; jobs are {string.Join(", ", JobNames.All)}");
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

    internal static bool TryFindTimeZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
            return false;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
    }
}
