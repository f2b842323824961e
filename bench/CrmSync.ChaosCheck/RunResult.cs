using System.Text.Json;

namespace CrmSync.ChaosCheck;

/// <summary>The parts of a run's JSON summary the check reports.</summary>
internal sealed record RunResult(string Status, IReadOnlyDictionary<string, long> Counts, int Errors)
{
    public long Count(string name) => Counts.GetValueOrDefault(name);

    public static RunResult Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new RunResult(
            root.GetProperty("status").GetString()!,
            root.GetProperty("counts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64()),
            root.GetProperty("errors").GetArrayLength());
    }

    public string Describe() =>
        $"{Status}, values written {Count("values_written")}, tasks created {Count("alerts_created")}, recovered {Count("alerts_recovered")}, " +
        $"pending {Count("alerts_pending")}, errors {Errors}";
}
