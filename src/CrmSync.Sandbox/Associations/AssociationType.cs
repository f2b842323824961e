using CrmSync.Sandbox.Objects;

namespace CrmSync.Sandbox.Associations;

/// <param name="Name">The v3 "type" text ("contact_to_company").</param>
/// <param name="IsDefault">The unlabelled type the v4 "default" endpoint creates for this pair.</param>
internal sealed record AssociationType(int TypeId, ObjectKind From, ObjectKind To, string? Label, string Name, int InverseTypeId, bool IsDefault)
{
    public const string Category = "HUBSPOT_DEFINED";
}
