namespace CrmSync.Core.Dedupe.Clustering;

/// <summary>A group of record indexes and the mean probability over its member pairs.</summary>
internal sealed record RecordGroup(int[] Members, double Score);
