using CrmSync.Core.Dedupe;

namespace CrmSync.DedupeBench;

/// <summary>A data set with its ground truth: the true entity of every record.</summary>
internal sealed record LabelledDataset(string Name, RecordKind Kind, IReadOnlyList<DedupeRecord> Records, IReadOnlyDictionary<string, string> EntityOf);
