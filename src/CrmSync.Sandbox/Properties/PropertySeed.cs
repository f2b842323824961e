using CrmSync.Sandbox.Objects;
using CrmSync.Sandbox.Owners;
using CrmSync.Sandbox.Pipelines;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Properties;

/// <summary>HubSpot-defined properties and groups the seeded records use.</summary>
internal static class PropertySeed
{
    public static PropertyCatalog Create(IReadOnlyList<DealPipeline> pipelines, IReadOnlyList<Owner> owners, DateTimeOffset seededAt)
    {
        var catalog = new PropertyCatalog();
        var builder = new SeedPropertyBuilder(catalog, seededAt);
        var ownerOptions = owners.Select((o, i) => new PropertyOption($"{o.FirstName} {o.LastName}", o.Id, o.Archived, i, null)).ToList();

        builder.Group(ObjectKind.Contacts, "contactinformation", "Contact information");
        builder.Common(ObjectKind.Contacts, "contactinformation", ownerOptions);
        builder.Text(ObjectKind.Contacts, "contactinformation", "firstname", "First Name");
        builder.Text(ObjectKind.Contacts, "contactinformation", "lastname", "Last Name");
        builder.Text(ObjectKind.Contacts, "contactinformation", "email", "Email", unique: true);
        builder.Add(ObjectKind.Contacts, "contactinformation", "phone", "Phone Number", "string", "phonenumber");
        builder.Text(ObjectKind.Contacts, "contactinformation", "company", "Company Name");
        builder.Text(ObjectKind.Contacts, "contactinformation", "jobtitle", "Job Title");
        builder.Enumeration(ObjectKind.Contacts, "contactinformation", "lifecyclestage", "Lifecycle Stage", "radio",
            PersonWords.LifecycleStages.Distinct().ToList());
        builder.Add(ObjectKind.Contacts, "contactinformation", "notes_last_updated", "Last Activity Date", "datetime", "date");

        builder.Group(ObjectKind.Companies, "companyinformation", "Company information");
        builder.Common(ObjectKind.Companies, "companyinformation", ownerOptions);
        builder.Text(ObjectKind.Companies, "companyinformation", "name", "Company name");
        builder.Text(ObjectKind.Companies, "companyinformation", "domain", "Company Domain Name");
        builder.Add(ObjectKind.Companies, "companyinformation", "phone", "Phone Number", "string", "phonenumber");
        builder.Text(ObjectKind.Companies, "companyinformation", "city", "City");
        builder.Text(ObjectKind.Companies, "companyinformation", "country", "Country/Region");
        builder.Enumeration(ObjectKind.Companies, "companyinformation", "industry", "Industry", "select", CompanyWords.Industries);
        builder.Add(ObjectKind.Companies, "companyinformation", "notes_last_updated", "Last Activity Date", "datetime", "date");

        builder.Group(ObjectKind.Deals, "dealinformation", "Deal information");
        builder.Group(ObjectKind.Deals, "dealstages", "Deal stage properties");
        builder.Common(ObjectKind.Deals, "dealinformation", ownerOptions);
        builder.Text(ObjectKind.Deals, "dealinformation", "dealname", "Deal Name");
        builder.Add(ObjectKind.Deals, "dealinformation", "amount", "Amount", "number", "number");
        builder.Add(ObjectKind.Deals, "dealinformation", "closedate", "Close Date", "datetime", "date");
        builder.Add(ObjectKind.Deals, "dealinformation", "pipeline", "Pipeline", "enumeration", "select", externalOptions: true);
        builder.Add(ObjectKind.Deals, "dealinformation", "dealstage", "Deal Stage", "enumeration", "radio", externalOptions: true);
        builder.Enumeration(ObjectKind.Deals, "dealinformation", "deal_currency_code", "Currency", "select", ["USD", "EUR", "GBP"]);
        builder.Text(ObjectKind.Deals, "dealinformation", "hs_next_step", "Next step");
        builder.Add(ObjectKind.Deals, "dealinformation", "notes_last_updated", "Last Activity Date", "datetime", "date");
        builder.Add(ObjectKind.Deals, "dealinformation", "hs_deal_stage_probability", "Deal probability", "number", "number", readOnly: true);
        foreach (var flag in new[] { "hs_is_closed", "hs_is_closed_won", "hs_is_closed_lost" })
        {
            builder.Add(ObjectKind.Deals, "dealinformation", flag, flag, "bool", "booleancheckbox", readOnly: true);
        }

        builder.Add(ObjectKind.Deals, "dealstages", "hs_v2_date_entered_current_stage", "Date entered current stage", "datetime", "date", readOnly: true);
        foreach (var stage in pipelines.SelectMany(p => p.Stages))
        {
            builder.Add(ObjectKind.Deals, "dealstages", $"hs_v2_date_entered_{stage.Id}", $"Date entered \"{stage.Label}\"", "datetime", "date", readOnly: true);
            builder.Add(ObjectKind.Deals, "dealstages", $"hs_v2_date_exited_{stage.Id}", $"Date exited \"{stage.Label}\"", "datetime", "date", readOnly: true);
        }

        builder.Group(ObjectKind.Tasks, "task", "Task information");
        builder.Engagement(ObjectKind.Tasks, "task", ownerOptions);
        builder.Text(ObjectKind.Tasks, "task", "hs_task_subject", "Task Title");
        builder.Add(ObjectKind.Tasks, "task", "hs_task_body", "Task notes", "string", "html");
        builder.Enumeration(ObjectKind.Tasks, "task", "hs_task_status", "Task Status", "select", TaskRules.Statuses);
        builder.Enumeration(ObjectKind.Tasks, "task", "hs_task_priority", "Priority", "select", TaskRules.Priorities);
        builder.Enumeration(ObjectKind.Tasks, "task", "hs_task_type", "Task Type", "select", TaskRules.Types);
        builder.Add(ObjectKind.Tasks, "task", "hs_task_reminders", "Reminder", "string", "text");
        builder.Add(ObjectKind.Tasks, "task", "hs_task_completion_date", "Completed at", "datetime", "date", readOnly: true);

        builder.Group(ObjectKind.Notes, "note", "Note information");
        builder.Engagement(ObjectKind.Notes, "note", ownerOptions);
        builder.Add(ObjectKind.Notes, "note", "hs_note_body", "Note body", "string", "html");

        return catalog;
    }
}
