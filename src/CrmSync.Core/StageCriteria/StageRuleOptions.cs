namespace CrmSync.Core.StageCriteria;

/// <summary>The rules of one stage (of a deal pipeline, or a lifecycle stage of contacts or leads).</summary>
public sealed class StageRuleOptions
{
    /// <summary>What must hold while a record is in the stage (checked on every run).</summary>
    public List<CriterionOptions> Entry { get; set; } = [];

    /// <summary>What must hold to leave the stage forward (checked at each forward move in the stage history).</summary>
    public List<CriterionOptions> Exit { get; set; } = [];

    /// <summary>Expected days in the stage; when set it wins over the learned benchmark.</summary>
    public int? BenchmarkDays { get; set; }

    /// <summary>Days without logged activity after which an open deal in this stage is going dark.</summary>
    public int? GoingDarkDays { get; set; }
}
