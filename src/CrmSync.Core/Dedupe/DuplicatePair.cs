namespace CrmSync.Core.Dedupe;

/// <summary>Two records judged likely to be the same entity, with the model's match probability and why.</summary>
public sealed record DuplicatePair(string IdA, string IdB, double Probability, string Reason);
