namespace CrmSync.Worker.Configuration;

/// <summary>One thing wrong with the configuration, with the full key it concerns.</summary>
public sealed record ConfigurationProblem(string Key, string Message)
{
    public override string ToString() => $"{Key}: {Message}";
}
