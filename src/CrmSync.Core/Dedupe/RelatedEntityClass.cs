namespace CrmSync.Core.Dedupe;

/// <summary>
/// A kind of pair that is not one entity although it shares much: two people on one household or office's
/// contact details, two businesses of one group or building. The model learns how often such pairs agree on
/// every other comparison, while the <see cref="Identifying"/> comparisons behave for them as for unrelated
/// records (two people sharing an inbox have unrelated first names and birth dates). A pair is a match only when
/// its identifying fields make "one entity" more likely than both "related" and "unrelated".
/// </summary>
public sealed record RelatedEntityClass(string Description, IReadOnlyList<ComparisonKind> Identifying);
