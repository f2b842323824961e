namespace CrmSync.Sandbox.Properties;

internal sealed record PropertyOption(string Label, string Value, bool Hidden, int DisplayOrder, string? Description);
