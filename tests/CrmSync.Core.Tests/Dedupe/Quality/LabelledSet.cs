using CrmSync.Core.Dedupe;

namespace CrmSync.Core.Tests.Dedupe.Quality;

/// <summary>Records with the true entity of each.</summary>
internal sealed record LabelledSet(string Name, RecordKind Kind, IReadOnlyList<DedupeRecord> Records, IReadOnlyDictionary<string, string> EntityOf);
