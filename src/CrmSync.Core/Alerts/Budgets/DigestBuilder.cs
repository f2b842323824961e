using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;

namespace CrmSync.Core.Alerts.Budgets;

/// <summary>
/// Writes each owner's digest task: its items highest priority first (the configured rule), at most
/// <c>Digest:MaxItems</c> listed with a link to the record, the rest counted. The text depends only on the items, so
/// an unchanged digest is not rewritten.
/// </summary>
public static class DigestBuilder
{
    private const string Prefix = "CrmSync: ";

    /// <param name="digested">The gate's <see cref="GatedAlerts.Digested"/> alerts (Detail = digest key).</param>
    /// <param name="linkFor">A link to a record in the CRM (object type, id), or null when none is known.</param>
    public static IReadOnlyList<DigestTask> Build(
        IEnumerable<HeldAlert> digested, AlertOptions options, Func<string, string, string?> linkFor)
    {
        var order = new AlertPriorityOrder(options.PriorityRule);
        return digested
            .Where(h => h.Reason == HoldReason.Digest)
            .GroupBy(h => h.Detail, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Write(g.Key, g.Select(h => h.Candidate).Order(order).ToList(), options.Digest.MaxItems, linkFor))
            .ToList();
    }

    private static DigestTask Write(string key, IReadOnlyList<AlertCandidate> items, int maxItems, Func<string, string, string?> linkFor)
    {
        var owner = items[0].OwnerId;
        var period = key[(key.LastIndexOf(':') + 1)..];
        var subject = $"{Prefix}{items.Count} {(items.Count == 1 ? "item" : "items")} to review ({period})";
        var body = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"CrmSync found {items.Count} {(items.Count == 1 ? "record" : "records")} that need a look, most urgent first:");
        foreach (var item in items.Take(maxItems))
        {
            var link = linkFor(item.ObjectType, item.RecordId);
            var line = item.Subject.StartsWith(Prefix, StringComparison.Ordinal) ? item.Subject[Prefix.Length..] : item.Subject;
            body.AppendLine(CultureInfo.InvariantCulture, $"- [{item.Priority}] {line} ({item.ObjectType} {item.RecordId}{(link is null ? "" : $": {link}")})");
        }

        if (items.Count > maxItems)
            body.AppendLine(CultureInfo.InvariantCulture, $"… and {items.Count - maxItems} more (Alerts:Digest:MaxItems is {maxItems}).");
        body.Append("CrmSync updates this task while it is open; complete it when you are done.");
        var text = body.ToString();
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(subject + "\n" + text)))[..16];
        var priority = items.Max(i => i.Priority);
        var candidate = new AlertCandidate(key, DigestKeys.AlertType, DigestKeys.ObjectType, DigestKeys.OwnerPart(owner), owner, subject, text, priority);
        return new DigestTask(key, owner, subject, text, fingerprint, items, candidate);
    }

    /// <summary>The request for a digest task: associated with no record (it lists several).</summary>
    public static AlertTaskRequest ToTaskRequest(this DigestTask digest, DateTimeOffset dueAt) =>
        new(digest.Key, "", "", digest.OwnerId, digest.Subject, digest.Body, dueAt, digest.Candidate.Priority);
}
