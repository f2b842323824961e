namespace CrmSync.Core.Dedupe;

/// <summary>
/// Why a group formed: its size, mean member-pair probability and which fields its members share ("email shared
/// by 3 of 3, last name 3 of 3; first names 2 different"), field names and counts only, no values.
/// </summary>
public sealed record GroupExplanation(string GroupId, int Size, double Score, string Why);
