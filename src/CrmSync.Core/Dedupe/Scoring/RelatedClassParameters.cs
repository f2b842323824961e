namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// One related-entity class of a trained model: its prior, and which comparisons identify the entity (for such
/// pairs they behave as for unrelated pairs, u; the others as for matches, m).
/// </summary>
internal sealed class RelatedClassParameters(string description, bool[] tied, double prior)
{
    public string Description { get; } = description;

    public bool[] Tied { get; } = tied;

    public double Prior { get; } = prior;
}
