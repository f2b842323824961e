using System.Text.Json;
using CrmSync.Sandbox.Salesforce.Data;

namespace CrmSync.Sandbox.Salesforce;

/// <summary>Acting as people in the org: a rep edits or deletes a record, an admin empties the Recycle Bin or converts a lead.</summary>
public sealed partial class SalesforceOrgState
{
    /// <summary>
    /// Saves fields as a user would (validated like an API write, same side effects such as OpportunityHistory; no
    /// API call counted). Values: string, number, bool, DateOnly, DateTime (UTC) or null. Throws ArgumentException
    /// listing the errors.
    /// </summary>
    public void UpdateAsUser(string id, IReadOnlyDictionary<string, object?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var body = JsonSerializer.SerializeToElement(fields.ToDictionary(f => f.Key, f => f.Value switch
        {
            DateOnly date => SalesforceTime.Format(date),
            DateTime time => SalesforceTime.Format(time),
            _ => f.Value,
        }));
        lock (Store.Sync)
        {
            var (table, number) = Locate(id);
            var outcome = Writer.Update(table, number, body, allowSave: true);
            if (!outcome.Success)
            {
                throw new ArgumentException($"Cannot update {id}: " + string.Join("; ", outcome.Errors.Select(e => $"{e.Code}: {e.Message}")), nameof(fields));
            }
        }
    }

    /// <summary>Moves a record to the Recycle Bin (IsDeleted, visible to queryAll and getDeleted).</summary>
    public void DeleteAsUser(string id)
    {
        lock (Store.Sync)
        {
            var (table, number) = Locate(id);
            var outcome = Writer.Delete(table, number);
            if (!outcome.Success)
            {
                throw new ArgumentException($"Cannot delete {id}: {outcome.Errors[0].Code}", nameof(id));
            }
        }
    }

    /// <summary>
    /// Empties the Recycle Bin of everything deleted before <paramref name="before"/>: those rows vanish from queryAll
    /// and getDeleted, whose earliestDateAvailable moves to <paramref name="before"/>.
    /// </summary>
    public void EmptyRecycleBin(DateTimeOffset before)
    {
        lock (Store.Sync)
        {
            var cutoff = before.ToUnixTimeMilliseconds();
            foreach (var schema in Store.Schemas.All.Where(s => s.HasIsDeleted))
            {
                var table = Store.Table(schema.Name)!;
                foreach (var n in table.Numbers().Where(n => table.IsDeleted(n) && table.Get(n, "SystemModstamp") is DateTime at && SalesforceTime.Ms(at) < cutoff).ToList())
                {
                    table.Purge(n);
                }
            }

            Store.DeletionLogStartMs = Math.Max(Store.DeletionLogStartMs, cutoff);
        }
    }

    /// <summary>Marks a lead converted into the given records (what Salesforce's convertLead leaves on the lead).</summary>
    public void ConvertLead(string leadId, string contactId, string accountId, string? opportunityId, DateOnly convertedDate)
    {
        lock (Store.Sync)
        {
            var (table, number) = Locate(leadId);
            if (table.Schema.Name != "Lead")
            {
                throw new ArgumentException($"{leadId} is not a lead.", nameof(leadId));
            }

            string Canonical(string id, string prefix) => SalesforceId.TryNormalize(id, out var c) && c.StartsWith(prefix, StringComparison.Ordinal) && Store.TableOfId(c)!.TryParse(c, out _)
                ? c
                : throw new ArgumentException($"'{id}' is not an existing record with key prefix {prefix}.", nameof(leadId));
            table.Set(number, "IsConverted", true);
            table.Set(number, "Status", "Closed - Converted");
            table.Set(number, "ConvertedDate", convertedDate);
            table.Set(number, "ConvertedContactId", Canonical(contactId, "003"));
            table.Set(number, "ConvertedAccountId", Canonical(accountId, "001"));
            table.Set(number, "ConvertedOpportunityId", opportunityId is null ? null : Canonical(opportunityId, "006"));
            Writes.WriteEffects.Stamp(table, number, Store, created: false);
        }
    }

    private (RecordTable Table, int Number) Locate(string id) =>
        SalesforceId.TryNormalize(id, out var canonical) && Store.TableOfId(canonical) is { } table && table.TryParse(canonical, out var number)
            ? (table, number)
            : throw new KeyNotFoundException($"The fake org has no record with id '{id}'.");
}
