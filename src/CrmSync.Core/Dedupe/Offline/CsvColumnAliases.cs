namespace CrmSync.Core.Dedupe.Offline;

/// <summary>
/// Recognises common column names of CRM exports ("First Name", "given_name", "zip", HubSpot's "firstname") so a
/// file can be read without a column map. Names compare ignoring case, spaces, '_' and '-'.
/// </summary>
public static class CsvColumnAliases
{
    private static readonly Dictionary<string, FieldRole> Aliases = Build();

    /// <summary>Column names treated as the record id, in order of preference.</summary>
    public static readonly IReadOnlyList<string> IdColumns = ["id", "recordid", "recid", "uniqueid", "hsobjectid", "contactid", "companyid", "recordidhubspot"];

    public static string Key(string column) =>
        new(column.Where(c => c is not (' ' or '_' or '-' or '.')).Select(char.ToLowerInvariant).ToArray());

    /// <summary>The role of a column, or null; "name" is a person's full name or a company name depending on the kind.</summary>
    public static FieldRole? RoleOf(string column, RecordKind kind)
    {
        var key = Key(column);
        if (key is "name")
        {
            return kind == RecordKind.Company ? FieldRole.CompanyName : FieldRole.FullName;
        }

        if (Aliases.TryGetValue(key, out var role))
        {
            return role;
        }

        return FieldRoles.TryParse(column, out role) ? role : null;
    }

    /// <summary>Parses the field side of "--map column=field": a role name or any alias.</summary>
    public static bool TryParseField(string field, RecordKind kind, out FieldRole role)
    {
        if (FieldRoles.TryParse(field, out role))
        {
            return true;
        }

        var alias = RoleOf(field, kind);
        role = alias ?? default;
        return alias is not null;
    }

    private static Dictionary<string, FieldRole> Build()
    {
        var table = new Dictionary<string, FieldRole>(StringComparer.Ordinal);
        void Add(FieldRole role, params string[] names)
        {
            foreach (var name in names)
            {
                table[name] = role;
            }
        }

        Add(FieldRole.FirstName, "firstname", "givenname", "forename", "first");
        Add(FieldRole.LastName, "lastname", "surname", "familyname", "last");
        Add(FieldRole.FullName, "fullname", "contactname", "personname");
        Add(FieldRole.Email, "email", "emailaddress", "mail", "workemail");
        Add(FieldRole.Phone, "phone", "phonenumber", "telephone", "tel", "mobile", "mobilephone", "cell");
        Add(FieldRole.CompanyName, "company", "companyname", "organisation", "organization", "account", "accountname", "employer", "businessname");
        Add(FieldRole.Website, "website", "domain", "url", "web", "companydomain", "companydomainname");
        Add(FieldRole.Address, "address", "addr", "street", "streetaddress", "address1", "addressline1");
        Add(FieldRole.Address2, "address2", "addressline2");
        Add(FieldRole.StreetNumber, "streetnumber", "housenumber", "streetno");
        Add(FieldRole.City, "city", "town", "suburb", "locality");
        Add(FieldRole.Postcode, "postcode", "zip", "zipcode", "postalcode");
        Add(FieldRole.State, "state", "region", "province", "county");
        Add(FieldRole.Country, "country", "countrycode");
        Add(FieldRole.DateOfBirth, "dob", "dateofbirth", "birthdate", "birthday");
        Add(FieldRole.NationalId, "nationalid", "ssn", "socsecid", "socialsecuritynumber", "taxid", "customerid");
        Add(FieldRole.CreatedAt, "createdate", "createdat", "created", "createddate");
        Add(FieldRole.LastActivityAt, "lastactivityat", "lastactivity", "noteslastupdated", "lastactivitydate", "lastmodifieddate", "hslastmodifieddate");
        return table;
    }
}
