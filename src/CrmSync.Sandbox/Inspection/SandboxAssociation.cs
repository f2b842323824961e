namespace CrmSync.Sandbox;

/// <param name="ObjectType">Target type name ("deals").</param>
public sealed record SandboxAssociation(string ObjectType, string Id, IReadOnlyList<int> TypeIds);
