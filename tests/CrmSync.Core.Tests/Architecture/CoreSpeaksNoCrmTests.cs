using System.Reflection;
using System.Text.RegularExpressions;
using CrmSync.Core.Schema;
using CrmSync.Core.StageRules;

namespace CrmSync.Core.Tests.Architecture;

/// <summary>
/// CrmSync.Core is CRM-neutral: records hold canonical keys (<see cref="CanonicalFields"/>) and every native
/// name lives in a connector project. These tests fail on any HubSpot or Salesforce name creeping back into Core.
/// </summary>
public partial class CoreSpeaksNoCrmTests
{
    /// <summary>HubSpot internal names (<c>hs_…</c>, <c>dealstage</c>, <c>hubspot_owner_id</c>, <c>lifecyclestage</c>) and Salesforce custom fields (<c>…__c</c>).</summary>
    [GeneratedRegex(@"hs_|dealstage|hubspot_owner|lifecyclestage|__c\b", RegexOptions.CultureInvariant)]
    private static partial Regex NativeName();

    /// <summary>Native field names that are not canonical keys (compared exactly: the canonical <c>amount</c> is fine, <c>Amount</c> is not).</summary>
    private static readonly HashSet<string> WellKnownNativeNames = new(StringComparer.Ordinal)
    {
        // HubSpot
        "firstname", "lastname", "dealname", "createdate", "closedate", "mobilephone", "lastmodifieddate", "notes_last_updated",
        "hubspot_owner_id", "hs_object_id",
        // Salesforce
        "Amount", "StageName", "CloseDate", "OwnerId", "IsClosed", "IsWon", "SystemModstamp", "CreatedDate", "LastModifiedDate",
        "AccountId", "ForecastCategory", "IsConverted", "ConvertedAccountId", "ConvertedContactId", "ConvertedOpportunityId",
    };

    [Fact]
    public void CoreSources_MentionNoNativeCrmName()
    {
        var coreDirectory = Path.Combine(RepositoryRoot(), "src", "CrmSync.Core");
        var files = Directory.EnumerateFiles(coreDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(coreDirectory, f))
            .Order(StringComparer.Ordinal)
            .ToList();

        var violations = new List<string>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match match in NativeName().Matches(lines[i]))
                {
                    violations.Add($"{Path.GetRelativePath(coreDirectory, file)}:{i + 1}: '{match.Value}' in: {lines[i].Trim()}");
                }
            }
        }

        // The scan really read Core (guards against a wrong root or an empty glob passing vacuously).
        Assert.Contains(files, f => f.EndsWith(Path.Combine("Schema", "CanonicalFields.cs"), StringComparison.Ordinal));
        Assert.True(files.Count > 50, $"Only {files.Count} source files found under {coreDirectory}.");
        Assert.True(violations.Count == 0,
            $"CrmSync.Core must not name CRM-native fields (regex {NativeName()}); map them in the connector instead. " +
            $"{violations.Count} match(es):{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    [Fact]
    public void CoreStringConstants_AreNoNativeCrmNames()
    {
        var constants = StringConstants(typeof(CanonicalFields).Assembly);

        var violations = constants
            .Where(c => c.Value is not null && (NativeName().IsMatch(c.Value) || WellKnownNativeNames.Contains(c.Value)))
            .Select(c => $"{c.Field} = \"{c.Value}\"")
            .ToList();

        // The collector really sees constants and static readonly strings.
        Assert.Contains(constants, c => c.Field == "CrmSync.Core.Schema.CanonicalFields.Stage" && c.Value == CanonicalFields.Stage);
        Assert.Contains(constants, c => c.Field == "CrmSync.Core.StageRules.StageAgeAnalyzer.AlertType" && c.Value == StageAgeAnalyzer.AlertType);
        Assert.True(violations.Count == 0,
            "CrmSync.Core string constants must be canonical, not CRM-native names; map them in the connector instead. " +
            $"{violations.Count} found:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    [Theory]
    [InlineData("dealstage", true)]
    [InlineData("hs_v2_date_entered_current_stage", true)]
    [InlineData("hubspot_owner_id", true)]
    [InlineData("lifecyclestage", true)]
    [InlineData("Renewal_Date__c", true)]
    [InlineData("stage", false)]
    [InlineData("lifecycle_stage", false)]
    [InlineData("DealStageLookup", false)]
    [InlineData("__construct", false)]
    public void NativeNamePattern_MatchesNativeNamesOnly(string text, bool matches) =>
        Assert.Equal(matches, NativeName().IsMatch(text));

    /// <summary>Every <c>const string</c> and <c>static readonly string</c> field of every type, public or not.</summary>
    private static List<(string Field, string? Value)> StringConstants(Assembly assembly)
    {
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            types = ex.Types.OfType<Type>().ToArray();
        }

        var found = new List<(string, string?)>();
        const BindingFlags flags = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in types)
        {
            foreach (var field in type.GetFields(flags))
            {
                if (field.FieldType != typeof(string))
                {
                    continue;
                }

                if (field.IsLiteral)
                {
                    found.Add(($"{type.FullName}.{field.Name}", (string?)field.GetRawConstantValue()));
                }
                else if (field.IsInitOnly && !type.ContainsGenericParameters)
                {
                    found.Add(($"{type.FullName}.{field.Name}", (string?)field.GetValue(null)));
                }
            }
        }

        return found;
    }

    private static bool IsBuildOutput(string root, string file) =>
        Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Any(part => part is "obj" or "bin");

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CrmSync.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CrmSync.sln found above {AppContext.BaseDirectory}.");
    }
}
