using System.Text.Json;

namespace CrmSync.ChaosCheck;

/// <summary>The parts of a run's JSON summary the check reports.</summary>
internal sealed record RunResult(string Status, IReadOnlyDictionary<string, long> Counts, int Errors)
{
    /// <summary>The job that ran (<c>pipeline</c>, or <c>sync</c> for a pull alone).</summary>
    public string Job { get; init; } = WorkerJob.Pipeline;

    /// <summary>The run's message (why it failed, when it did).</summary>
    public string? Message { get; init; }

    public long Count(string name) => Counts.GetValueOrDefault(name);

    /// <summary>Records pulled, all types together (<c>pulled.{type}</c>).</summary>
    public long Pulled => Counts.Where(c => c.Key.StartsWith("pulled.", StringComparison.Ordinal)).Sum(c => c.Value);

    public static RunResult Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new RunResult(
            root.GetProperty("status").GetString()!,
            root.GetProperty("counts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64()),
            root.GetProperty("errors").GetArrayLength())
        {
            Message = root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String ? message.GetString() : null,
        };
    }

    public string Describe() =>
        $"{Job} {Status}, pulled {Pulled}, values written {Count("values_written")}, tasks created {Count("alerts_created")}, recovered {Count("alerts_recovered")}, " +
        $"pending {Count("alerts_pending")}, errors {Errors}{(Message is null ? "" : $"; {(Message.Length <= 200 ? Message : Message[..200] + "…")}")}";
}
