using CrmSync.Sandbox.Associations;

namespace CrmSync.Sandbox.Objects;

/// <summary>One association from a create body, already resolved to its type and target.</summary>
internal sealed record AssociationRequest(AssociationType Type, long ToId);
