namespace CrmSync.Core.Text;

/// <summary>One parsed CSV record and the physical line it starts on (1-based).</summary>
public sealed record CsvRow(long LineNumber, IReadOnlyList<string> Fields);
