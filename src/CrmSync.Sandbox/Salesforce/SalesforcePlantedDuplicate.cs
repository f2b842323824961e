namespace CrmSync.Sandbox.Salesforce;

/// <summary>
/// A planted near-duplicate pair (the answer key for duplicate detection). Types: Lead/Lead, Contact/Lead (a lead
/// created for an existing contact), Contact/Contact, Account/Account.
/// </summary>
/// <param name="Variation">How the duplicate differs: name-typo, email-case, phone-format (leads); contact-email-case,
/// contact-phone-format, contact-name-typo (lead copying a contact); name-typo, email-case, gmail-dots, phone-format
/// (contacts); legal-suffix, name-typo-www-domain, upper-case-no-domain (accounts).</param>
public sealed record SalesforcePlantedDuplicate(string OriginalType, string OriginalId, string DuplicateType, string DuplicateId, string Variation);
