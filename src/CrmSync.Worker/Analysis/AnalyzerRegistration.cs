using CrmSync.Core.Analysis;

namespace CrmSync.Worker.Analysis;

/// <summary>
/// One registered analyzer, typed away so the host can bind, validate and build it for any connector without
/// knowing it: what <c>AddAnalyzer&lt;TAnalyzer, TOptions&gt;()</c> puts in the container.
/// </summary>
public sealed class AnalyzerRegistration
{
    private readonly Func<object, IRecordAnalyzer> _create;

    private AnalyzerRegistration(AnalyzerDescriptor descriptor, Type optionsType, Func<object, IRecordAnalyzer> create)
    {
        Descriptor = descriptor;
        OptionsType = optionsType;
        _create = create;
    }

    public AnalyzerDescriptor Descriptor { get; }

    public string Name => Descriptor.Name;

    /// <summary>Bound from <c>CrmSync:Connectors:{name}:{Descriptor.SectionName}</c>.</summary>
    public Type OptionsType { get; }

    public static AnalyzerRegistration For<TAnalyzer, TOptions>()
        where TAnalyzer : IAnalyzerPlugin<TAnalyzer, TOptions>
        where TOptions : class, IAnalyzerOptions, new() =>
        new(TAnalyzer.Describe(), typeof(TOptions), options => TAnalyzer.Create((TOptions)options));

    /// <param name="options">Options of <see cref="OptionsType"/> that passed their validation.</param>
    public IRecordAnalyzer Create(IAnalyzerOptions options) => _create(options);
}
