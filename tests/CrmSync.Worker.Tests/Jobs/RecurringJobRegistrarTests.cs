using CrmSync.Worker.Configuration;
using CrmSync.Worker.Hosting;
using CrmSync.Worker.Jobs;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CrmSync.Worker.Tests.Jobs;

public class RecurringJobRegistrarTests
{
    private readonly InMemoryStorage _storage = new();

    private RecurringJobRegistrar Registrar(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = CrmSync.Worker.Tests.Configuration.TestServices.For(configuration);
        return new RecurringJobRegistrar(new RecurringJobManager(_storage), _storage,
            services.GetRequiredService<ConnectorSettingsProvider>(), NullLogger<RecurringJobRegistrar>.Instance);
    }

    private static Dictionary<string, string?> Connector(string name, params (string Job, string Cron, string Zone)[] schedules)
    {
        var values = new Dictionary<string, string?>
        {
            [$"CrmSync:Connectors:{name}:Kind"] = "HubSpot",
            [$"CrmSync:Connectors:{name}:BaseUrl"] = "https://api.hubapi.com",
            [$"CrmSync:Connectors:{name}:AccessToken"] = "pat-secret-value",
        };
        foreach (var (job, cron, zone) in schedules)
        {
            values[$"CrmSync:Connectors:{name}:Schedules:{job}:Cron"] = cron;
            values[$"CrmSync:Connectors:{name}:Schedules:{job}:TimeZone"] = zone;
        }

        return values;
    }

    private List<RecurringJobDto> Jobs()
    {
        using var connection = _storage.GetConnection();
        return connection.GetRecurringJobs();
    }

    [Fact]
    public void Register_TwoConnectors_OneJobPerScheduleWithStableIdsAndNoSecrets()
    {
        var config = Connector("acme", ("sync", "*/15 * * * *", "UTC"), ("pipeline", "0 6 * * *", "Europe/Berlin"))
            .Concat(Connector("globex", ("pipeline", "30 * * * *", "UTC")))
            .ToDictionary();

        Registrar(config).Register();

        var jobs = Jobs().ToDictionary(j => j.Id);
        Assert.Equal(["acme:pipeline", "acme:sync", "globex:pipeline"], jobs.Keys.Order(StringComparer.Ordinal));
        // Staggered by the default spread: 06:00 to 06:05 in the schedule's own time zone, once a day.
        Assert.Equal(ScheduleStagger.Apply("0 6 * * *", "acme:pipeline", JobSchedule.DefaultSpread), jobs["acme:pipeline"].Cron);
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var day = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.FromHours(2));
        var run = Assert.Single(Cronos.CronExpression.Parse(jobs["acme:pipeline"].Cron, Cronos.CronFormat.IncludeSeconds)
            .GetOccurrences(day, day.AddDays(1), berlin));
        Assert.InRange(run, day.AddHours(6), day.AddHours(6).AddMinutes(5).AddTicks(-1));
        Assert.Equal("Europe/Berlin", jobs["acme:pipeline"].TimeZoneId);
        Assert.Equal<object?>(["acme", "pipeline"], jobs["acme:pipeline"].Job.Args.Take(2));
        Assert.DoesNotContain(jobs.Values, j => j.Job.Args.Any(a => a is string s && s.Contains("secret")));
    }

    [Fact]
    public void Register_ScheduleRemovedOrDisabled_RemovesTheRecurringJob()
    {
        Registrar(Connector("acme", ("sync", "*/15 * * * *", "UTC"), ("analyze", "0 * * * *", "UTC"))).Register();

        var changed = Connector("acme", ("sync", "*/15 * * * *", "UTC"), ("analyze", "0 * * * *", "UTC"));
        changed["CrmSync:Connectors:acme:Schedules:analyze:Enabled"] = "false";
        Registrar(changed).Register();

        Assert.Equal(["acme:sync"], Jobs().Select(j => j.Id));
    }

    [Fact]
    public void Register_ThousandConnectorsOnOneCron_TheirNextRunsSpreadOverTheWindowNotTheTopOfTheHour()
    {
        var config = Enumerable.Range(1, 1000)
            .SelectMany(i => Connector($"client_{i:D4}", ("pipeline", "0 * * * *", "UTC")))
            .ToDictionary();

        Registrar(config).Register();

        var jobs = Jobs();
        Assert.Equal(1000, jobs.Count);
        var offsets = jobs.Select(j => Assert.NotNull(j.NextExecution))
            .Select(next => new DateTimeOffset(next, TimeSpan.Zero))
            .Select(next => next - new DateTimeOffset(next.Year, next.Month, next.Day, next.Hour, 0, 0, TimeSpan.Zero))
            .ToList();
        Assert.All(offsets, o => Assert.InRange(o, TimeSpan.Zero, JobSchedule.DefaultSpread - TimeSpan.FromSeconds(1)));
        Assert.True(offsets.Count(o => o == TimeSpan.Zero) <= 10, "too many connectors still start at the top of the hour");
        Assert.All(offsets.CountBy(o => (int)o.TotalMinutes), minute => Assert.InRange(minute.Value, 150, 250));
    }

    [Fact]
    public void Register_SpreadZero_KeepsTheConfiguredCron()
    {
        var config = Connector("acme", ("pipeline", "0 6 * * *", "UTC"));
        config["CrmSync:Connectors:acme:Schedules:pipeline:Spread"] = "00:00:00";

        Registrar(config).Register();

        Assert.Equal("0 6 * * *", Assert.Single(Jobs()).Cron);
    }

    [Fact]
    public void Register_Twice_IsIdempotent()
    {
        var config = Connector("acme", ("pipeline", "*/30 * * * *", "UTC"));
        Registrar(config).Register();
        Registrar(config).Register();

        Assert.Single(Jobs());
    }
}
