using System.Text.Json.Serialization;

namespace CrmSync.Storage;

/// <summary>A run's outcome; stored and shown (<c>/runs</c>) by name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RunStatus>))]
public enum RunStatus
{
    Running,
    Succeeded,
    PartiallyFailed,
    Failed,
    Cancelled,

    /// <summary>Stopped before the CRM's daily API budget ran out (its reserve reached, or the CRM refused for the day).</summary>
    BudgetExhausted,

    /// <summary>The run's holder died or lost the connector lease; another run took it over.</summary>
    Abandoned,

    /// <summary>The trigger found the connector busy with another run and did nothing.</summary>
    Skipped,
}
