using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Tests.Dedupe;

public class NormaliserTests
{
    private readonly EmailNormaliser _emails = new(FreeMailDomains.Default);
    private readonly DomainNormaliser _domains = new(FreeMailDomains.Default);

    [Theory]
    [InlineData(" John.Smith@Example.COM ", "john.smith@example.com")]
    [InlineData("j.o.h.n+crm@gmail.com", "john@gmail.com")]
    [InlineData("John.Smith@googlemail.com", "johnsmith@gmail.com")]
    [InlineData("jane.doe+news@outlook.com", "jane.doe@outlook.com")]
    [InlineData("jane.doe+news@acme.com", "jane.doe+news@acme.com")]
    [InlineData("mailto:Ana@Example.org", "ana@example.org")]
    public void EmailNormalise_ProviderRules_GivesCanonicalAddress(string raw, string expected) =>
        Assert.Equal(expected, _emails.Normalise(raw)!.Canonical);

    [Theory]
    [InlineData("info@acme.com", true, false)]
    [InlineData("ana@gmail.com", false, true)]
    [InlineData("ana@yahoo.co.uk", false, true)]
    [InlineData("ana@acme.com", false, false)]
    public void EmailNormalise_Mailbox_FlagsRoleAndFreeMail(string raw, bool role, bool freeMail)
    {
        var email = _emails.Normalise(raw)!;
        Assert.Equal(role, email.IsRoleMailbox);
        Assert.Equal(freeMail, email.IsFreeMail);
    }

    [Theory]
    [InlineData("f@holmes@duncan.com")]
    [InlineData("no-at-sign.com")]
    [InlineData("ana@localhost")]
    public void EmailNormalise_Malformed_IsNotValid(string raw) => Assert.False(_emails.Normalise(raw)!.IsValid);

    [Theory]
    [InlineData("(415) 555-2671", "+14155552671")]
    [InlineData("415/555-2671", "+14155552671")]
    [InlineData("1-415-555-2671 x12", "+14155552671")]
    [InlineData("+44 20 7946 0958", "+442079460958")]
    [InlineData("0000000000", null)]
    [InlineData("123-456-7890", null)]
    [InlineData("n/a", null)]
    public void PhoneToE164_UsDefaultRegion_FormatsOrRejects(string raw, string? expected) =>
        Assert.Equal(expected, new PhoneNormaliser("US").ToE164(raw));

    [Fact]
    public void PhoneToE164_GreatBritainDefault_ReadsNationalNumber() =>
        Assert.Equal("+442079460958", new PhoneNormaliser("GB").ToE164("020 7946 0958"));

    [Theory]
    [InlineData("Dr. Zoë", "O'Brien Jr", null, "zoe", "obrien")]
    [InlineData("Mary Ann", "Mc Donald", null, "mary", "mcdonald")]
    [InlineData(null, null, "Smith, John", "john", "smith")]
    [InlineData(null, null, "Prof John A. Smith", "john", "smith")]
    public void PersonNameNormalise_Variants_FoldsAndSplits(string? first, string? last, string? full, string expectedFirst, string expectedLast)
    {
        var name = PersonNameNormaliser.Normalise(first, last, full);
        Assert.Equal(expectedFirst, name.First);
        Assert.Equal(expectedLast, name.Last);
    }

    [Theory]
    [InlineData("Acme Widgets, Inc.", "acme widgets", "aw")]
    [InlineData("ACME Holdings GmbH & Co. KG", "acme holdings", "ah")]
    [InlineData("International Freight Group LLC", "international freight group", "ifg")]
    [InlineData("The Boring Company", "boring", "")]
    [InlineData("Smith & Sons Ltd", "smith and sons", "ss")]
    [InlineData("L.L.C.", "l l c", "llc")]
    [InlineData("Société Générale S.A.", "societe generale", "sg")]
    public void CompanyNameNormalise_LegalForms_StrippedToBasename(string raw, string basename, string acronym)
    {
        var company = CompanyNameNormaliser.Normalise(raw);
        Assert.Equal(basename, company.Basename);
        Assert.Equal(acronym, company.Acronym);
    }

    [Theory]
    [InlineData("https://www.Acme.com/about?x=1", "acme.com")]
    [InlineData("shop.acme.co.uk", "acme.co.uk")]
    [InlineData("http://user:pw@blog.acme.io:8080/", "acme.io")]
    [InlineData("gmail.com", null)]
    [InlineData("https://mail.yahoo.co.uk", null)]
    [InlineData("localhost", null)]
    [InlineData("10.0.0.1", null)]
    public void RegistrableDomain_Urls_ReducedOrRejected(string raw, string? expected) =>
        Assert.Equal(expected, _domains.RegistrableDomain(raw));

    [Theory]
    [InlineData("435 S. La Cienega Blv.", "435 s la cienega blvd", "435")]
    [InlineData("747 Ninth Avenue", "747 9th ave", "747")]
    [InlineData("9th Street", "9th st", "")]
    public void AddressNormalise_StreetWords_Abbreviated(string raw, string street, string number)
    {
        var address = AddressNormaliser.Normalise(raw);
        Assert.Equal(street, address.Street);
        Assert.Equal(number, address.Number);
    }

    [Theory]
    [InlineData("1971-06-24", "19710624")]
    [InlineData("19560409", "19560409")]
    [InlineData("24/06/1971", "19710624")]
    [InlineData("1971-06-24T00:00:00Z", "19710624")]
    public void DateNormalise_Formats_GiveDigits(string raw, string digits) =>
        Assert.Equal(digits, DateNormaliser.Normalise(raw)!.Value.Digits);

    [Fact]
    public void DateNormalise_ImpossibleDate_KeepsDigitsWithoutDayNumber()
    {
        var date = DateNormaliser.Normalise("19561340")!.Value;
        Assert.Equal("19561340", date.Digits);
        Assert.Null(date.DayNumber);
    }

    [Fact]
    public void DateNormalise_UsRegion_ReadsMonthFirst() =>
        Assert.Equal("19710624", DateNormaliser.Normalise("06/24/1971", monthFirst: true)!.Value.Digits);

    [Theory]
    [InlineData("bob", "robert", true)]
    [InlineData("bill", "william", true)]
    [InlineData("al", "alfred", true)]
    [InlineData("al", "alan", true)]
    [InlineData("bob", "william", false)]
    public void NicknameTable_Pairs_AreVariantsWhenGrouped(string a, string b, bool expected) =>
        Assert.Equal(expected, NicknameTable.Default.AreVariants(a, b));

    [Fact]
    public void NicknameTable_ExtraLine_AddsGroup() =>
        Assert.True(new NicknameTable(["ingrid: inga"]).AreVariants("inga", "ingrid"));
}
