namespace CrmSync.Core.WriteBack;

/// <summary>One property to write; a null <see cref="NewValue"/> clears it in the CRM.</summary>
public sealed record PlannedChange(string Property, string? OldValue, string? NewValue);
