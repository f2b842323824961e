using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Salesforce.Seeding;

/// <summary>
/// The system fields every seeded record shares: created and modified times, a SystemModstamp that a later system
/// job sometimes moved past LastModifiedDate, and a few records already in the Recycle Bin (deleted within the last
/// 14 days, so queryAll and getDeleted have something to find).
/// </summary>
internal abstract class SeededRecordSource(int seed, int stream, long seededAtMs) : IRecordSource
{
    private const int DeletedField = 901, DeletedAtField = 902, SystemBumpField = 903, SystemBumpAmountField = 904;

    protected DeterministicHash Hash { get; } = new(seed, stream);

    protected long SeededAtMs { get; } = seededAtMs;

    public abstract int Count { get; }

    /// <summary>Deleted records per thousand.</summary>
    protected virtual int DeletedPerMille => 5;

    public object? Get(int number, string field) => field switch
    {
        "IsDeleted" => IsDeleted(number),
        "CreatedDate" => SalesforceTime.At(CreatedMs(number)),
        "LastModifiedDate" => SalesforceTime.At(IsDeleted(number) ? DeletedMs(number) : ModifiedMs(number)),
        "SystemModstamp" => SalesforceTime.At(SystemModstampMs(number)),
        "CreatedById" or "LastModifiedById" or "OwnerId" => OwnerId(number),
        _ => Value(number, field),
    };

    public bool IsDeleted(int number) => Hash.Below(number, DeletedField, 1000) < DeletedPerMille && CanBeDeleted(number);

    public long SystemModstampMs(int number)
    {
        if (IsDeleted(number))
        {
            return DeletedMs(number);
        }

        var modified = ModifiedMs(number);
        return Hash.Percent(number, SystemBumpField, 5) ? Math.Min(SeededAtMs, modified + Hash.Below(number, SystemBumpAmountField, 2 * SeedTime.Day)) : modified;
    }

    public abstract long CreatedMs(int number);

    public abstract long ModifiedMs(int number);

    protected abstract string OwnerId(int number);

    protected abstract object? Value(int number, string field);

    /// <summary>Records others depend on (planted duplicates, conversion targets) stay alive.</summary>
    protected virtual bool CanBeDeleted(int number) => true;

    private long DeletedMs(int number) => Math.Max(ModifiedMs(number), SeededAtMs - SeedTime.Hour - Hash.Below(number, DeletedAtField, 14 * SeedTime.Day));
}
