namespace CrmSync.Core.Dedupe.Normalisation;

[Flags]
internal enum EmailFlags : byte
{
    None = 0,
    Valid = 1,
    FreeMail = 2,
    RoleMailbox = 4,
    /// <summary>The local part is made of the record's own names (jsmith, john.smith, smithj42): it says no more than the names do.</summary>
    NameDerived = 8,
    /// <summary>The record's company domain was taken from this email (it has no website).</summary>
    DomainFromEmail = 16,
}
