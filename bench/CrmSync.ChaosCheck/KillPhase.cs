namespace CrmSync.ChaosCheck;

/// <summary>The part of a pipeline run a kill -9 lands in.</summary>
internal enum KillPhase
{
    /// <summary>While records are pulled page by page (before anything is written).</summary>
    Pull,

    /// <summary>While computed values are written (batch updates, sObject Collections).</summary>
    Values,

    /// <summary>While alert tasks are created.</summary>
    Alerts,
}
