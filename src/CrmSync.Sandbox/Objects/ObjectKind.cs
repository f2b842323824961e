namespace CrmSync.Sandbox.Objects;

internal enum ObjectKind
{
    Contacts,
    Companies,
    Deals,
    Tasks,
    Notes,
}
