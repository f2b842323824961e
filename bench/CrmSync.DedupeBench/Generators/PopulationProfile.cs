using System.Globalization;
using CrmSync.Core.Dedupe;

namespace CrmSync.DedupeBench.Generators;

/// <summary>Describes a generated population: how hard it is, independent of any matcher.</summary>
internal static class PopulationProfile
{
    public static void Print(LabelledDataset data, TextWriter output)
    {
        var records = data.Records;
        var entities = records.Select(r => data.EntityOf[r.Id]).Distinct().Count();
        var firstNames = records.GroupBy(r => Lower(r.Get(FieldRole.FirstName))).Where(g => g.Key.Length > 0).Select(g => g.Count()).OrderDescending().ToList();
        var surnames = records.Select(r => Lower(r.Get(FieldRole.LastName))).Where(s => s.Length > 0).Distinct().Count();
        var cities = records.Select(r => Lower(r.Get(FieldRole.City))).Where(s => s.Length > 0).Distinct().Count();
        var byEmail = records.Where(r => r.Get(FieldRole.Email) is not null).GroupBy(r => Lower(r.Get(FieldRole.Email)))
            .Select(g => g.Select(r => data.EntityOf[r.Id]).Distinct().Count()).ToList();
        var sharedEmails = byEmail.Count(people => people > 1);
        var recordsOnShared = records.Where(r => r.Get(FieldRole.Email) is not null)
            .GroupBy(r => Lower(r.Get(FieldRole.Email))).Where(g => g.Select(r => data.EntityOf[r.Id]).Distinct().Count() > 1).Sum(g => g.Count());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{data.Name}: {records.Count:N0} records, {entities:N0} people ({1 - (double)entities / records.Count:P1} of records are planted duplicates); " +
            $"{firstNames.Count:N0} spellings of first names, top 100 cover {(double)firstNames.Take(100).Sum() / firstNames.Sum():P0}; {surnames:N0} surnames; {cities} cities; " +
            $"{sharedEmails:N0} email addresses used by two or more people ({(double)recordsOnShared / records.Count:P1} of records), the most shared by {byEmail.DefaultIfEmpty(0).Max()} people"));
    }

    private static string Lower(string? value) => value?.Trim().ToLowerInvariant() ?? "";
}
