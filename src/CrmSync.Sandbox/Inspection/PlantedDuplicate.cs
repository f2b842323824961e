namespace CrmSync.Sandbox;

/// <param name="ObjectType">"contacts" or "companies".</param>
/// <param name="Variation">How the duplicate differs: name-typo, email-case, gmail-dots, phone-format (contacts);
/// legal-suffix, name-typo-www-domain, upper-case-no-domain (companies).</param>
public sealed record PlantedDuplicate(string ObjectType, string OriginalId, string DuplicateId, string Variation);
