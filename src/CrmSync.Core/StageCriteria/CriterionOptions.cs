namespace CrmSync.Core.StageCriteria;

/// <summary>
/// One check of a stage's criteria, as configured. Exactly one form per check:
/// <list type="bullet">
/// <item><c>Required</c>: a canonical field that must not be empty;</item>
/// <item><c>Field</c> + <c>Operator</c> + <c>Value</c>: a comparison (<c>&gt; &gt;= &lt; &lt;= = !=</c>) of a canonical field
/// with a number, a date or <c>today</c>, skipped while the field is empty (a <c>Required</c> check says that);</item>
/// <item><c>Association</c> + <c>AtLeast</c>: at least N associated records of a type (contacts, companies, deals);</item>
/// <item><c>Expression</c>: an NCalc expression over canonical fields that must be true (see docs/stage-criteria.md).</item>
/// </list>
/// </summary>
public sealed class CriterionOptions
{
    public string? Required { get; set; }

    public string? Field { get; set; }

    public string? Operator { get; set; }

    public string? Value { get; set; }

    public string? Association { get; set; }

    public int? AtLeast { get; set; }

    public string? Expression { get; set; }

    /// <summary>Optional words for the rep, used instead of the generated description ("a signed order form").</summary>
    public string? Description { get; set; }

    public static CriterionOptions RequiredField(string field) => new() { Required = field };

    public static CriterionOptions Compare(string field, string op, string value) => new() { Field = field, Operator = op, Value = value };

    public static CriterionOptions Associated(string objectType, int atLeast) => new() { Association = objectType, AtLeast = atLeast };
}
