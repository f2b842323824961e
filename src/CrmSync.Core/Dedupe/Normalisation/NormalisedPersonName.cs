namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// A folded person name: <see cref="First"/> is the first given-name token (middle names dropped),
/// <see cref="Last"/> the surname with spaces removed ("Mc Donald" → "mcdonald"). Either may be empty.
/// </summary>
public readonly record struct NormalisedPersonName(string First, string Last);
