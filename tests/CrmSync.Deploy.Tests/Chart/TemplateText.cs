using System.Text;
using System.Text.RegularExpressions;

namespace CrmSync.Deploy.Tests.Chart;

/// <summary>
/// A Helm template with its Go-template actions taken out, so the YAML around them can be parsed: a line that is only
/// a control action (if, with, range, end, else) goes; a line that only includes or dumps a block (<c>| nindent N</c>)
/// becomes one placeholder entry at that indentation (a list item where the block sits in a list); an action inside a
/// line becomes the scalar <c>x</c>. What the test then parses is every line a render could produce around them.
/// </summary>
public static partial class TemplateText
{
    public static string Strip(string template)
    {
        var text = Comment().Replace(template, "");
        var result = new StringBuilder();
        var kept = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (WholeLineAction().Match(line) is { Success: true } action)
            {
                if (Indent().Match(action.Groups[1].Value) is { Success: true } indent)
                {
                    var spaces = new string(' ', int.Parse(indent.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
                    var inList = kept.LastOrDefault(l => l.Trim().Length > 0 && Leading(l) <= spaces.Length) is { } previous
                        && Leading(previous) == spaces.Length && previous.TrimStart().StartsWith("- ", StringComparison.Ordinal);
                    kept.Add(inList ? $"{spaces}- rendered" : $"{spaces}rendered{kept.Count}: x");
                }

                continue;
            }

            kept.Add(InlineAction().Replace(line, "x"));
        }

        foreach (var line in kept)
            result.Append(line).Append('\n');
        return result.ToString();
    }

    private static int Leading(string line) => line.Length - line.TrimStart().Length;

    [GeneratedRegex(@"\{\{-?\s*/\*.*?\*/\s*-?\}\}", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^\s*\{\{-?(.*?)-?\}\}\s*$")]
    private static partial Regex WholeLineAction();

    [GeneratedRegex(@"\bn?indent\s+(\d+)")]
    private static partial Regex Indent();

    [GeneratedRegex(@"\{\{-?.*?-?\}\}")]
    private static partial Regex InlineAction();
}
