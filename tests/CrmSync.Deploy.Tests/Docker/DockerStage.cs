namespace CrmSync.Deploy.Tests.Docker;

/// <summary>A build stage: its FROM image, its name (AS …) and its instructions after FROM.</summary>
public sealed record DockerStage(string Image, string? Name, int Line, IReadOnlyList<DockerInstruction> Instructions)
{
    public IEnumerable<DockerInstruction> All(string keyword) =>
        Instructions.Where(i => string.Equals(i.Keyword, keyword, StringComparison.OrdinalIgnoreCase));

    public DockerInstruction? Last(string keyword) => All(keyword).LastOrDefault();
}
