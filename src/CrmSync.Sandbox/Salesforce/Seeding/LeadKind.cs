namespace CrmSync.Sandbox.Salesforce.Seeding;

/// <summary>What a seeded lead is: its own person, a planted copy of a lead or contact, or a converted lead.</summary>
internal enum LeadKind
{
    Own,
    LeadDuplicate,
    ContactDuplicate,
    Converted,
}
