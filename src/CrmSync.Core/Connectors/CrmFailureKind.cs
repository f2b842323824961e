namespace CrmSync.Core.Connectors;

public enum CrmFailureKind
{
    Authentication,
    MissingScopes,
    DailyLimitExhausted,
    InvalidResponse,
    Unavailable,
}
