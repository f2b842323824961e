namespace CrmSync.Core.Connectors;

public enum ComputedPropertyType
{
    Number,
    Text,
    DateTime,
}
