namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// A company name without legal form and leading "the": <see cref="Basename"/> keeps word boundaries
/// ("acme widgets"); <see cref="Acronym"/> is the initials of its words when it has two or more ("aw").
/// </summary>
public readonly record struct NormalisedCompanyName(string Basename, string Acronym);
