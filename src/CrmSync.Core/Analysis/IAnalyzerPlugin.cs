namespace CrmSync.Core.Analysis;

/// <summary>
/// An analyzer the host can register in one line (<c>services.AddAnalyzer&lt;TAnalyzer, TOptions&gt;()</c>): it
/// describes itself before any instance exists and is built from its validated options.
/// </summary>
public interface IAnalyzerPlugin<out TSelf, in TOptions> : IRecordAnalyzer
    where TSelf : IRecordAnalyzer
    where TOptions : class, IAnalyzerOptions, new()
{
    static abstract AnalyzerDescriptor Describe();

    /// <param name="options">Validated options (see <see cref="IAnalyzerOptions.Validate"/>).</param>
    static abstract TSelf Create(TOptions options);
}
