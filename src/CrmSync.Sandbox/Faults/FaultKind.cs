namespace CrmSync.Sandbox.Faults;

internal enum FaultKind
{
    None,
    ServerError,
    Malformed,
}
