namespace CrmSync.Worker.Hosting;

/// <summary>
/// The host could not start: the message is one line naming what failed and where it is configured; the CLI prints
/// it alone and exits non-zero (the inner exception's trace went to the log at debug level).
/// </summary>
public sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);
