using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Writes;

namespace CrmSync.Sandbox.Salesforce;

/// <summary>Fault injection: transport faults, per-record write failures, duplicate rules, revoked sessions.</summary>
public sealed partial class SalesforceOrgState
{
    /// <summary>Answers the next <paramref name="count"/> data requests (whose path contains <paramref name="pathContains"/>, if given) with the fault.</summary>
    public void InjectFault(SalesforceFault fault, int count = 1, string? pathContains = null) => Faults.Script(fault, count, pathContains);

    /// <summary>The next <paramref name="attempts"/> writes to the record fail with UNABLE_TO_LOCK_ROW (then it saves).</summary>
    public void LockRecord(string id, int attempts) => WithRecordId(id, canonical => WriteFaults.LockRow(canonical, attempts));

    /// <summary>Every write to the record fails with FIELD_CUSTOM_VALIDATION_EXCEPTION and this message until <see cref="ClearWriteFaults"/>.</summary>
    public void FailValidation(string id, string message, string? field = null) => WithRecordId(id, canonical => WriteFaults.FailValidation(canonical, message, field));

    /// <summary>
    /// Adds a duplicate rule matching <paramref name="fieldName"/> exactly (case-insensitive): a blocking rule always
    /// answers DUPLICATES_DETECTED; an alerting one lets saves with Sforce-Duplicate-Rule-Header allowSave=true pass.
    /// </summary>
    public void AddDuplicateRule(string objectName, string fieldName, bool blocking = true)
    {
        lock (Store.Sync)
        {
            var schema = Store.Schemas.Find(objectName) ?? throw new ArgumentException($"The fake org has no object '{objectName}'.", nameof(objectName));
            var field = schema.Find(fieldName) ?? throw new ArgumentException($"{objectName} has no field '{fieldName}'.", nameof(fieldName));
            WriteFaults.DuplicateRules.Add(new DuplicateRule(schema.Name, field.Name, blocking));
        }
    }

    /// <summary>Removes scripted transport faults, record write failures and duplicate rules.</summary>
    public void ClearWriteFaults()
    {
        Faults.ClearScripted();
        lock (Store.Sync)
        {
            WriteFaults.Clear();
        }
    }

    /// <summary>Every issued token stops working: the next data call gets 401 INVALID_SESSION_ID.</summary>
    public void RevokeSessions() => Tokens.RevokeAll();

    /// <summary>An admin adds a custom field (Setup → Object Manager); describe lists it at once.</summary>
    public void AddCustomField(SalesforceCustomField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        lock (Store.Sync)
        {
            Store.Schemas.AddCustomField(field);
        }
    }

    private void WithRecordId(string id, Action<string> action)
    {
        lock (Store.Sync)
        {
            if (!SalesforceId.TryNormalize(id, out var canonical) || Store.TableOfId(canonical) is not { } table || !table.TryParse(canonical, out _))
            {
                throw new KeyNotFoundException($"The fake org has no record with id '{id}'.");
            }

            action(canonical);
        }
    }
}
