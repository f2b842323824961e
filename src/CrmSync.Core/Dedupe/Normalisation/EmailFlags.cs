namespace CrmSync.Core.Dedupe.Normalisation;

[Flags]
internal enum EmailFlags : byte
{
    None = 0,
    Valid = 1,
    FreeMail = 2,
    RoleMailbox = 4,
}
