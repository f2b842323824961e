namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// A date as eight digits "yyyymmdd" (<see cref="Digits"/>, kept even when the date is impossible, so typos can
/// still be compared digit by digit) and, when it is a real calendar date, its day number since 0001-01-01.
/// </summary>
public readonly record struct NormalisedDate(string Digits, int? DayNumber);
