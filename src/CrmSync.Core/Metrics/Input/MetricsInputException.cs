namespace CrmSync.Core.Metrics.Input;

/// <summary>Bad metrics input: an unknown pipeline, stage, deal or contact, a bad value; the message says which.</summary>
public sealed class MetricsInputException(string message, Exception? inner = null) : Exception(message, inner);
