using System.Text.Json;

namespace CrmSync.Deploy.Tests.Docker;

/// <summary>One Dockerfile instruction, its continuation lines joined, with the line it starts on.</summary>
public sealed record DockerInstruction(string Keyword, string Arguments, int Line)
{
    /// <summary>The <c>--name=value</c> flags before the arguments proper (<c>COPY --from=build</c>).</summary>
    public IReadOnlyDictionary<string, string> Flags => Split().Flags;

    /// <summary>The arguments after the flags.</summary>
    public string Rest => Split().Remainder;

    /// <summary>The exec (JSON array) form of CMD, ENTRYPOINT or HEALTHCHECK CMD; null for the shell form.</summary>
    public IReadOnlyList<string>? ExecForm(string text)
    {
        if (!text.TrimStart().StartsWith('['))
            return null;
        try
        {
            return JsonSerializer.Deserialize<string[]>(text);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Dockerfile line {Line}: {Keyword} is not a valid JSON array: {e.Message}", e);
        }
    }

    private (Dictionary<string, string> Flags, string Remainder) Split()
    {
        var flags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var rest = Arguments.TrimStart();
        while (rest.StartsWith("--", StringComparison.Ordinal))
        {
            var end = rest.IndexOf(' ', StringComparison.Ordinal);
            var flag = end < 0 ? rest : rest[..end];
            var equals = flag.IndexOf('=', StringComparison.Ordinal);
            flags[equals < 0 ? flag[2..] : flag[2..equals]] = equals < 0 ? "" : flag[(equals + 1)..];
            rest = end < 0 ? "" : rest[end..].TrimStart();
        }

        return (flags, rest);
    }
}
