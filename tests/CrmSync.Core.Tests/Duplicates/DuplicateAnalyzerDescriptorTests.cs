using CrmSync.Core.Analysis;
using CrmSync.Core.Dedupe;
using CrmSync.Core.Duplicates;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Tests.Duplicates;

public class DuplicateAnalyzerDescriptorTests
{
    [Fact]
    public void Describe_NameSectionAndAlertType()
    {
        var descriptor = DuplicateAnalyzer.Describe();

        Assert.Equal(("duplicates", "Dedupe"), (descriptor.Name, descriptor.SectionName));
        Assert.Equal([DuplicateAnalyzer.AlertType], descriptor.AlertTypes);
    }

    [Theory]
    [InlineData(CrmObjectTypes.Contacts)]
    [InlineData(CrmObjectTypes.Companies)]
    public void Describe_InputsAreTheMatchedFieldsOwnerAndLastGroup(string objectType)
    {
        var inputs = DuplicateAnalyzer.Describe().InputsFor(objectType);

        Assert.NotNull(inputs);
        Assert.Equal([.. FieldMap.For(objectType).Properties, CanonicalFields.OwnerId, DuplicateProperties.Group], inputs.Fields);
        Assert.Empty(inputs.HistoryFields);
        Assert.False(inputs.StageEntryDates);
    }

    [Fact]
    public void Describe_Leads_ReadThePersonFieldsAndWhetherConverted()
    {
        var inputs = DuplicateAnalyzer.Describe().InputsFor(CrmObjectTypes.Leads);

        Assert.NotNull(inputs);
        Assert.Equal([.. FieldMap.Contacts.Properties, CanonicalFields.OwnerId, DuplicateProperties.Group, CanonicalFields.IsConverted], inputs.Fields);
    }

    [Fact]
    public void Describe_ReadsNoDeals_WritesEveryDuplicatePropertyOnContactsLeadsAndCompanies()
    {
        var descriptor = DuplicateAnalyzer.Describe();

        Assert.Null(descriptor.InputsFor(CrmObjectTypes.Deals));
        Assert.Equal(
            [.. DuplicateProperties.All.Select(p => (CrmObjectTypes.Contacts, p)), .. DuplicateProperties.All.Select(p => (CrmObjectTypes.Leads, p)),
             .. DuplicateProperties.All.Select(p => (CrmObjectTypes.Companies, p))],
            descriptor.Properties.Select(p => (p.ObjectType, p.Name)));
        Assert.All(descriptor.Properties, p => Assert.True(ComputedPropertyKeys.IsValid(p.Name), p.Name));
    }

    [Fact]
    public void Options_EnabledByDefaultAndDefaultsValidate()
    {
        IAnalyzerOptions options = new DuplicateDetectionOptions();

        Assert.True(options.Enabled);
        Assert.Empty(options.Validate("CrmSync:Connectors:crm:Dedupe"));
    }
}
