namespace CrmSync.Salesforce.Tasks;

/// <summary>Task text within Salesforce's field lengths (Subject 255, Description 32,000).</summary>
internal static class TaskText
{
    public static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
