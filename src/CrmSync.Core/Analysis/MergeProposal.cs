namespace CrmSync.Core.Analysis;

/// <summary>Two records an analyzer is confident enough to merge, when the connector enables auto-merge.</summary>
public sealed record MergeProposal(string ObjectType, string PrimaryId, string MergedId, double Probability, string Reason);
