namespace CrmSync.Sandbox.Search;

/// <summary>How a property's values compare: numbers numerically, datetimes as epoch milliseconds, the rest as text.</summary>
internal enum FilterValueKind
{
    Text,
    Number,
    DateTime,
}
