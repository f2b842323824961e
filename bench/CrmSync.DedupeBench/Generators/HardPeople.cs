using CrmSync.Core.Dedupe;

namespace CrmSync.DedupeBench.Generators;

/// <summary>
/// A seeded contact population of the shape that breaks naive duplicate detection, written from the description of
/// issue 11 without regard to any algorithm: realistic name frequencies (few distinct given names, a long tail of
/// surnames), a few dozen cities, households sharing a surname, city, landline and family email, colleagues sharing
/// a switchboard and inboxes (role names and others), executives whose record carries their assistant's address,
/// initial + surname free-mail addresses reused by different people, and 20 % of records planted duplicates with
/// one to three corrupted fields (<see cref="PlantedRecords"/>, <see cref="DuplicateCorruptor"/>). Six fields: first and last name, email, phone,
/// date of birth, city.
/// </summary>
internal static class HardPeople
{
    private const double HouseholdShare = 0.12;
    private const double EmployedShare = 0.45;

    // Original records are nearly complete; values go missing mostly in the planted copies.
    private const double MissingInOriginal = 0.05;

    public static LabelledDataset Generate(int count, int seed)
    {
        var random = new Random(seed);
        var names = new PersonNames();
        var emails = new EmailPatterns(random);
        var employers = Employers(Math.Max(20, count / 40), random);
        var planted = new PlantedRecords("h", count, random);
        var corruptor = new DuplicateCorruptor(random);
        var people = 0;
        while (!planted.IsFull)
        {
            var unit = random.NextDouble() < HouseholdShare
                ? Household(random, names, emails, ref people)
                : [Single(random, names, emails, employers, ref people)];
            foreach (var person in unit)
            {
                planted.Add(person.Entity, () => PersonRecord.Write(person, random), corruptor.Corrupt);
            }
        }

        return planted.Finish($"hard_{count}", RecordKind.Person);
    }

    private static GeneratedEmployer[] Employers(int count, Random random)
    {
        var words = new[] { "north", "blue", "summit", "pioneer", "apex", "harbor", "cedar", "granite", "lumen", "vertex", "atlas", "bright", "iron", "maple", "nova", "orbit", "prairie", "quarry", "river", "silver" };
        var nouns = new[] { "logistics", "dental", "capital", "systems", "foods", "realty", "labs", "media", "health", "legal", "energy", "motors", "design", "supply", "partners" };
        return Enumerable.Range(0, count).Select(i =>
        {
            var city = UsPlaces.Pick(random);
            return new GeneratedEmployer
            {
                Domain = $"{words[random.Next(words.Length)]}{nouns[random.Next(nouns.Length)]}{i}.com",
                City = city,
                SwitchboardDigits = UsPlaces.PhoneDigits(city, random),
                SharedInboxes = EmailPatterns.SharedInboxNames.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToArray(),
            };
        }).ToArray();
    }

    private static GeneratedPerson Single(Random random, PersonNames names, EmailPatterns emails, GeneratedEmployer[] employers, ref int people)
    {
        // Company sizes follow a long tail: a few employers hold many of the employed contacts.
        var employer = random.NextDouble() < EmployedShare ? employers[(int)Math.Min(employers.Length - 1, Math.Exp(random.NextDouble() * Math.Log(employers.Length + 1)) - 1)] : null;
        var female = random.Next(2) == 0;
        var first = names.FirstName(random, female);
        var last = names.Surname(random);
        var dob = random.NextDouble() >= MissingInOriginal ? RandomDate(random, 1945, 2004) : (DateOnly?)null;
        var person = new GeneratedPerson
        {
            Entity = $"p{people++}", First = first, Last = last, Female = female, DateOfBirth = dob, Employer = employer,
            City = employer is not null && random.NextDouble() < 0.75 ? employer.City : UsPlaces.Pick(random),
        };
        person.PhoneDigits = random.NextDouble() switch
        {
            < MissingInOriginal => null,
            < 0.2 when employer is not null => employer.SwitchboardDigits,
            _ => UsPlaces.PhoneDigits(person.City, random),
        };
        person.Email = (employer, random.NextDouble()) switch
        {
            (_, < MissingInOriginal) => null,
            ({ } e, < 0.11) => emails.SharedInbox(e),
            ({ WorkEmails.Count: > 0 } e, < 0.13) => e.WorkEmails[random.Next(e.WorkEmails.Count)], // the assistant's address
            ({ } e, < 0.7) => emails.Work(first, last, e),
            _ => emails.Personal(first, last, dob),
        };
        return person;
    }

    /// <summary>Two to four people: one surname and city, often one landline and one family or reused address.</summary>
    private static List<GeneratedPerson> Household(Random random, PersonNames names, EmailPatterns emails, ref int people)
    {
        var last = names.Surname(random);
        var city = UsPlaces.Pick(random);
        var size = random.NextDouble() switch { < 0.6 => 2, < 0.85 => 3, _ => 4 };
        var headYear = random.Next(1945, 1972);
        var members = new List<GeneratedPerson>(size);
        for (var m = 0; m < size; m++)
        {
            var female = m == 0 ? random.Next(2) == 0 : m == 1 ? !members[0].Female : random.Next(2) == 0;
            var year = m < 2 ? headYear + random.Next(-6, 7) : headYear + random.Next(20, 36);
            // Members of one household have different given names (a father and son of one name are left out).
            var first = names.FirstName(random, female);
            while (members.Any(other => other.First == first))
            {
                first = names.FirstName(random, female);
            }

            var dob = random.NextDouble() >= MissingInOriginal ? RandomDate(random, year, year) : (DateOnly?)null;
            members.Add(new GeneratedPerson
            {
                Entity = $"p{people++}", First = first, Last = last, Female = female, City = city, DateOfBirth = dob,
                Email = random.NextDouble() >= MissingInOriginal ? emails.Personal(first, last, dob) : null,
                PhoneDigits = random.NextDouble() >= MissingInOriginal ? UsPlaces.PhoneDigits(city, random) : null,
            });
        }

        var landline = UsPlaces.PhoneDigits(city, random);
        var family = emails.Family(last, members[0].First, members[1].First);
        var emailStyle = random.NextDouble();
        foreach (var member in members)
        {
            member.PhoneDigits = random.NextDouble() < 0.35 ? landline : member.PhoneDigits;
            member.Email = emailStyle switch
            {
                < 0.35 => family,
                < 0.5 => members[0].Email ?? member.Email, // one member's personal address on everyone's record
                _ => member.Email,
            };
        }

        return members;
    }

    private static DateOnly RandomDate(Random random, int fromYear, int toYear) =>
        new DateOnly(fromYear, 1, 1).AddDays(random.Next((new DateOnly(toYear, 12, 31).DayNumber - new DateOnly(fromYear, 1, 1).DayNumber) + 1));

}
