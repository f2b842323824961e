using System.Globalization;
using CrmSync.Core.Dedupe;

namespace CrmSync.DedupeBench.Generators;

/// <summary>
/// Turns a copy of a person's record into a planted duplicate: one to three of its filled fields corrupted by a
/// typo, a missing value, a reformatted or mistyped phone, a swapped day and month or a mistyped date digit, or a
/// nickname.
/// </summary>
internal sealed class DuplicateCorruptor(Random random)
{
    private static readonly Dictionary<string, string> Nicknames = new(StringComparer.Ordinal)
    {
        ["James"] = "Jim", ["John"] = "Jack", ["Robert"] = "Bob", ["Michael"] = "Mike", ["William"] = "Bill", ["David"] = "Dave",
        ["Richard"] = "Rick", ["Charles"] = "Chuck", ["Joseph"] = "Joe", ["Thomas"] = "Tom", ["Christopher"] = "Chris",
        ["Daniel"] = "Dan", ["Elizabeth"] = "Liz", ["Jennifer"] = "Jen", ["Patricia"] = "Pat", ["Margaret"] = "Peggy",
        ["Susan"] = "Sue", ["Deborah"] = "Debbie", ["Kimberly"] = "Kim", ["Katherine"] = "Kate", ["Rebecca"] = "Becky",
    };

    public RoleValues Corrupt(RoleValues original) => Corruptions.CorruptSome(original, PersonRecord.Fields, random, Corrupt);

    private string? Corrupt(FieldRole field, string value)
    {
        var roll = random.NextDouble();
        return field switch
        {
            FieldRole.FirstName when roll < 0.25 => null,
            FieldRole.FirstName when roll < 0.5 && Nicknames.TryGetValue(value, out var nickname) => nickname,
            FieldRole.LastName when roll < 0.3 => null,
            FieldRole.Email when roll < 0.5 => null,
            FieldRole.Phone when roll < 0.3 => null,
            FieldRole.Phone when roll < 0.8 => Corruptions.FormatPhone(Corruptions.PhoneDigits(value), random),
            FieldRole.Phone => Corruptions.FormatPhone(Corruptions.PhoneDigitTypo(Corruptions.PhoneDigits(value), random), random),
            FieldRole.DateOfBirth when roll < 0.3 => null,
            FieldRole.DateOfBirth when TryDate(value, out var date) => roll < 0.8 ? Corruptions.SwapDayMonth(date) : Corruptions.DateDigitTypo(date, random),
            FieldRole.City when roll < 0.5 => null,
            FieldRole.Email => Corruptions.Typo(value[..value.IndexOf('@')], random) + value[value.IndexOf('@')..],
            _ => Corruptions.Typo(value, random),
        };
    }

    private static bool TryDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, ["yyyy-MM-dd", "MM/dd/yyyy", "M/d/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
