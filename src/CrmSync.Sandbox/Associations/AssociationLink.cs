namespace CrmSync.Sandbox.Associations;

/// <summary>All association types from one record to one other record.</summary>
internal sealed record AssociationLink(long ToId, List<int> TypeIds);
