namespace CrmSync.Deploy.Tests.Docker;

/// <summary>
/// A Dockerfile parsed as BuildKit reads it: comments and the parser directive on their own lines, backslash
/// continuations, one instruction per logical line, stages opened by FROM. Anything BuildKit would refuse (an unknown
/// instruction, an instruction before the first FROM other than ARG, a COPY --from naming no earlier stage, a malformed
/// exec form) is a <see cref="FormatException"/> naming the line.
/// </summary>
public sealed class Dockerfile
{
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG",
        "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL", "MAINTAINER",
    };

    private Dockerfile(IReadOnlyList<DockerInstruction> global, IReadOnlyList<DockerStage> stages)
    {
        GlobalArgs = global;
        Stages = stages;
    }

    /// <summary>ARGs before the first FROM.</summary>
    public IReadOnlyList<DockerInstruction> GlobalArgs { get; }

    public IReadOnlyList<DockerStage> Stages { get; }

    /// <summary>The stage the image is built from (the last one).</summary>
    public DockerStage Final => Stages[^1];

    public DockerStage Stage(string name) => Stages.Single(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    public static Dockerfile Parse(string text)
    {
        var instructions = Logical(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')).ToList();
        var global = new List<DockerInstruction>();
        var stages = new List<DockerStage>();
        (string Image, string? Name, int Line, List<DockerInstruction> Body)? open = null;
        foreach (var instruction in instructions)
        {
            if (!Keywords.Contains(instruction.Keyword))
                throw new FormatException($"Dockerfile line {instruction.Line}: unknown instruction {instruction.Keyword}");
            if (string.Equals(instruction.Keyword, "FROM", StringComparison.OrdinalIgnoreCase))
            {
                if (open is { } previous)
                    stages.Add(new DockerStage(previous.Image, previous.Name, previous.Line, previous.Body));
                var words = instruction.Rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length is not (1 or 3) || (words.Length == 3 && !string.Equals(words[1], "AS", StringComparison.OrdinalIgnoreCase)))
                    throw new FormatException($"Dockerfile line {instruction.Line}: FROM takes an image and optionally AS <name>, got '{instruction.Rest}'");
                open = (words[0], words.Length == 3 ? words[2] : null, instruction.Line, []);
                continue;
            }

            if (open is null)
            {
                if (!string.Equals(instruction.Keyword, "ARG", StringComparison.OrdinalIgnoreCase))
                    throw new FormatException($"Dockerfile line {instruction.Line}: {instruction.Keyword} before the first FROM");
                global.Add(instruction);
                continue;
            }

            CheckReferences(instruction, stages);
            open.Value.Body.Add(instruction);
        }

        if (open is { } last)
            stages.Add(new DockerStage(last.Image, last.Name, last.Line, last.Body));
        if (stages.Count == 0)
            throw new FormatException("Dockerfile: no FROM");
        return new Dockerfile(global, stages);
    }

    /// <summary>COPY --from must name an earlier stage (or an image with a registry path); exec forms must be JSON.</summary>
    private static void CheckReferences(DockerInstruction instruction, List<DockerStage> earlier)
    {
        if (instruction.Flags.TryGetValue("from", out var from) && !from.Contains('/', StringComparison.Ordinal)
            && !earlier.Any(s => string.Equals(s.Name, from, StringComparison.OrdinalIgnoreCase)) && !int.TryParse(from, out _))
        {
            throw new FormatException($"Dockerfile line {instruction.Line}: {instruction.Keyword} --from={from} names no earlier stage");
        }

        var keyword = instruction.Keyword.ToUpperInvariant();
        if (keyword is "CMD" or "ENTRYPOINT" or "SHELL" or "VOLUME")
            _ = instruction.ExecForm(instruction.Rest);
        if (keyword == "HEALTHCHECK")
        {
            var rest = instruction.Rest;
            if (!string.Equals(rest, "NONE", StringComparison.OrdinalIgnoreCase))
            {
                if (!rest.StartsWith("CMD ", StringComparison.OrdinalIgnoreCase))
                    throw new FormatException($"Dockerfile line {instruction.Line}: HEALTHCHECK needs CMD or NONE after its flags");
                _ = instruction.ExecForm(rest[4..]);
            }
        }
    }

    /// <summary>Joins continuation lines, drops comments, blank lines and the parser directive.</summary>
    private static IEnumerable<DockerInstruction> Logical(string[] lines)
    {
        var text = new List<string>();
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('#') || (line.Length == 0 && text.Count == 0))
                continue;
            if (text.Count == 0)
                start = i + 1;
            var continues = line.EndsWith('\\');
            if (line.Length > 0)
                text.Add(continues ? line[..^1].TrimEnd() : line);
            if (continues && i < lines.Length - 1)
                continue;
            var joined = string.Join(' ', text);
            text.Clear();
            var space = joined.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
                throw new FormatException($"Dockerfile line {start}: '{joined}' has no arguments");
            yield return new DockerInstruction(joined[..space], joined[(space + 1)..].Trim(), start);
        }
    }
}
