namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// A street line with standard abbreviations (<see cref="Street"/>, e.g. "435 s la cienega blvd") and its house
/// number (<see cref="Number"/>, "435"), which is empty when the line has none.
/// </summary>
public readonly record struct NormalisedAddress(string Street, string Number);
