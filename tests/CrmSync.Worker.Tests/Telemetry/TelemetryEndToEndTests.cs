using System.Diagnostics;
using System.Net;
using CrmSync.Core.Telemetry;
using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using CrmSync.Worker.Tests.EndToEnd;
using CrmSync.Worker.Tests.Operator;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CrmSync.Worker.Tests.Telemetry;

/// <summary>A sandbox pipeline run seen through OpenTelemetry's in-memory exporters and the Prometheus endpoint.</summary>
[Collection(HostCollection.Name)]
public class TelemetryEndToEndTests
{
    private static readonly Dictionary<string, string?> QuietSchedule = new() { ["CrmSync:Connectors:sandbox:Schedules:pipeline:Cron"] = "0 0 1 1 *" };

    [Fact]
    public async Task PipelineRun_EmitsJobStepAndCrmCallSpans_AndCountersEqualToRunHistory()
    {
        var ct = TestContext.Current.CancellationToken;
        var spans = new List<Activity>();
        var metrics = new List<MetricSnapshot>();
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 300, Seed = 7 }, 0, null, ct, QuietSchedule, services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(b => b.AddInMemoryExporter(spans));
            services.ConfigureOpenTelemetryMeterProvider(b => b.AddInMemoryExporter(metrics));
        });

        var run = await demo.RunPipelineAsync(ct);
        demo.App.Services.GetRequiredService<TracerProvider>().ForceFlush();
        demo.App.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Activity[] seen;
        lock (spans)
            seen = [.. spans];
        var job = Assert.Single(seen, s => s.OperationName == "crmsync.job" && Equals(s.GetTagItem("sync_run.id"), run.Id));
        Assert.Equal(DemoSession.Connector, job.GetTagItem(CrmSyncTelemetry.ConnectorTag));
        Assert.Equal(run.HangfireJobId, job.GetTagItem("hangfire.job_id"));
        Assert.Equal("Succeeded", job.GetTagItem("status"));
        Assert.Equal(ActivityStatusCode.Ok, job.Status);

        var steps = seen.Where(s => s.OperationName == "crmsync.step" && s.ParentSpanId == job.SpanId).ToList();
        Assert.Equal(JobDefinition.For(JobNames.Pipeline).Steps.Count, steps.Count);
        Assert.Contains(steps, s => Equals(s.GetTagItem("step"), "Pull"));
        Assert.Contains(steps, s => Equals(s.GetTagItem("step"), "WriteValues"));

        // Every CRM call of the run sits under one of its steps, names its operation and says how it ended; the
        // HttpClient span of each attempt sits under its call with the HTTP status.
        var stepIds = steps.Select(s => s.SpanId).ToHashSet();
        var calls = seen.Where(s => s.OperationName == "crm.call" && stepIds.Contains(s.ParentSpanId)).ToList();
        Assert.NotEmpty(calls);
        Assert.All(calls, c =>
        {
            Assert.Equal("hubspot", c.GetTagItem("crm.system"));
            Assert.False(string.IsNullOrEmpty(c.GetTagItem("crm.operation") as string));
            Assert.Equal("ok", c.GetTagItem("crm.call.status"));
        });
        Assert.Contains(calls, c => c.GetTagItem("http.response.status_code") is int status && status < 300);
        var callIds = calls.Select(c => c.SpanId).ToHashSet();
        var attempts = seen.Where(s => s.Source.Name == "System.Net.Http" && callIds.Contains(s.ParentSpanId)).ToList();
        Assert.True(attempts.Count >= calls.Count, $"{attempts.Count} HTTP spans under {calls.Count} CRM calls");
        Assert.All(attempts, a => Assert.NotNull(a.GetTagItem("http.response.status_code")));

        // The counters of the run equal what run history recorded for it.
        foreach (var objectType in new[] { "contacts", "companies", "deals" })
            Assert.Equal(run.Counts[CounterNames.Pulled(objectType)], Sum(metrics, "crmsync.records.pulled", ("object", objectType)));
        Assert.Equal(run.Counts[CounterNames.ValuesWritten], Sum(metrics, "crmsync.values.written"));
        Assert.Equal(run.Counts[CounterNames.WriteCalls], Sum(metrics, "crmsync.write.calls"));
        Assert.Equal(run.Counts[CounterNames.AlertsCreated], Sum(metrics, "crmsync.alerts.created"));
        Assert.Equal(run.Counts[CounterNames.ApiCalls], Sum(metrics, "crmsync.api.calls"));
        Assert.Equal(1, Sum(metrics, "crmsync.job.runs", ("status", "Succeeded")));
        Assert.True(run.Counts[CounterNames.ValuesWritten] > 0);

        // No tag of any span or metric carries the token.
        var token = new SandboxOptions().AccessToken;
        Assert.All(seen, s => Assert.DoesNotContain(s.TagObjects, t => t.Value?.ToString()?.Contains(token, StringComparison.Ordinal) == true));
        Assert.All(LatestPoints(metrics), p => Assert.DoesNotContain(Tags(p.Point), t => t.Value?.ToString()?.Contains(token, StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task MetricsEndpoint_ServesPrometheusText_LocallyAndRefusesAnotherAddress()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 200, Seed = 3 }, 0, null, ct, QuietSchedule);
        var run = await demo.RunPipelineAsync(ct);
        using var local = new HttpClient();

        var response = await local.GetAsync($"{demo.BaseAddress}/metrics", ct);
        var text = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.True(response.IsSuccessStatusCode, $"/metrics answered {(int)response.StatusCode}");
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var pulled = text.Split('\n').Single(l => l.StartsWith("crmsync_records_pulled_total{", StringComparison.Ordinal)
            && l.Contains("connector=\"sandbox\"", StringComparison.Ordinal) && l.Contains("object=\"contacts\"", StringComparison.Ordinal));
        Assert.Equal(run.Counts[CounterNames.Pulled("contacts")].ToString(System.Globalization.CultureInfo.InvariantCulture), pulled.Split(' ')[1]);
        Assert.Contains("crmsync_job_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE crmsync_values_written_total counter", text, StringComparison.Ordinal);
        Assert.DoesNotContain(new SandboxOptions().AccessToken, text, StringComparison.Ordinal);

        var remote = NonLocalAddress.Find();
        if (remote is null)
            Assert.Skip("this machine has no non-loopback IPv4 address to send a request from");
        using var fromNetwork = new HttpClient(new SocketsHttpHandler
        {
            ConnectCallback = (context, token) => DashboardSecurityTests.ConnectFromAsync(remote, context, token),
        });
        var refused = await fromNetwork.GetAsync($"{demo.BaseAddress}/metrics", ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    /// <summary>The sum for connector "sandbox" in the newest snapshot of a cumulative counter.</summary>
    private static long Sum(List<MetricSnapshot> metrics, string name, params (string Key, string Value)[] filter) =>
        LatestPoints(metrics)
            .Where(p => p.Name == name)
            .Where(p => Tags(p.Point).Any(t => t.Key == CrmSyncTelemetry.ConnectorTag && Equals(t.Value, DemoSession.Connector)))
            .Where(p => filter.All(f => Tags(p.Point).Any(t => t.Key == f.Key && Equals(t.Value, f.Value))))
            .Sum(p => p.Point.GetSumLong());

    private static IEnumerable<(string Name, MetricPoint Point)> LatestPoints(List<MetricSnapshot> metrics)
    {
        MetricSnapshot[] all;
        lock (metrics)
            all = [.. metrics];
        foreach (var snapshot in all.GroupBy(m => m.Name).Select(g => g.Last()))
        {
            foreach (var point in snapshot.MetricPoints)
                yield return (snapshot.Name, point);
        }
    }

    private static List<KeyValuePair<string, object?>> Tags(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags)
            tags.Add(tag);
        return tags;
    }
}
