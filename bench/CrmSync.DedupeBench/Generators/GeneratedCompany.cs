namespace CrmSync.DedupeBench.Generators;

/// <summary>One real company (or branch) of a generated population.</summary>
internal sealed record GeneratedCompany(string Entity, string Name, string Legal, string Domain, string PhoneDigits, string Street, UsPlaces.City City, string Zip);
