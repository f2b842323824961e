using CrmSync.Core.Dedupe;

namespace CrmSync.DedupeBench.Generators;

/// <summary>Writes a generated person as a CRM record, formatted the way people and imports type values.</summary>
internal static class PersonRecord
{
    public static readonly FieldRole[] Fields =
        [FieldRole.FirstName, FieldRole.LastName, FieldRole.Email, FieldRole.Phone, FieldRole.DateOfBirth, FieldRole.City];

    public static RoleValues Write(GeneratedPerson person, Random random) => new()
    {
        [FieldRole.FirstName] = Cased(person.First, random),
        [FieldRole.LastName] = Cased(person.Last, random),
        [FieldRole.Email] = person.Email is { } email && random.NextDouble() < 0.05 ? char.ToUpperInvariant(email[0]) + email[1..] : person.Email,
        [FieldRole.Phone] = person.PhoneDigits is { } digits ? Corruptions.FormatPhone(digits, random) : null,
        [FieldRole.DateOfBirth] = person.DateOfBirth is { } dob ? Corruptions.FormatDate(dob, random) : null,
        [FieldRole.City] = Cased(person.City.Name, random),
    };

    private static string Cased(string value, Random random) => random.NextDouble() switch
    {
        < 0.03 => value.ToUpperInvariant(),
        < 0.05 => value.ToLowerInvariant(),
        _ => value,
    };
}
