using System.Net;
using CrmSync.Sandbox.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CrmSync.Sandbox.Tests.Associations;

/// <summary>
/// As in HubSpot, changing an association is not a change to either record: neither the modified date nor updatedAt
/// moves, so a client that only searches by modified date never sees a contact move to another company.
/// </summary>
public sealed class AssociationModifiedDateTests : SandboxTestBase
{
    private readonly FakeTimeProvider clock = new(SandboxClient.Start);

    internal override SandboxOptions CreateOptions() => SandboxClient.Options(clock: clock);

    [Fact]
    public async Task MoveContactToAnotherCompany_ChangesNoModifiedDate()
    {
        var contact = Ids.Contact(3);
        var oldCompany = State.GetAssociations("contacts", contact, "companies")[0].Id;
        var newCompany = oldCompany == Ids.Company(7) ? Ids.Company(8) : Ids.Company(7);
        var before = new[] { State.GetRecord("contacts", contact)!, State.GetRecord("companies", oldCompany)!, State.GetRecord("companies", newCompany)! };
        clock.Advance(TimeSpan.FromHours(1));

        var delete = await Api.DeleteAsync($"/crm/v4/objects/contacts/{contact}/associations/companies/{oldCompany}");
        var put = await Api.PutAsync($"/crm/v4/objects/contacts/{contact}/associations/default/companies/{newCompany}");
        var labelled = await Api.PutAsync($"/crm/v4/objects/contacts/{contact}/associations/companies/{newCompany}",
            """[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":1}]""");

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.OK, HttpStatusCode.Created), (delete.Status, put.Status, labelled.Status));
        Assert.Equal([newCompany], State.GetAssociations("contacts", contact, "companies").Select(a => a.Id));
        foreach (var record in before)
        {
            var after = State.GetRecord(record.ObjectType, record.Id)!;
            var modified = record.ObjectType == "contacts" ? "lastmodifieddate" : "hs_lastmodifieddate";
            Assert.Equal(record.Properties[modified], after.Properties[modified]);
            Assert.Equal(record.UpdatedAt, after.UpdatedAt);
        }
    }
}
