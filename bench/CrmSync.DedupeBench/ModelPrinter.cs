using System.Globalization;
using CrmSync.Core.Dedupe;

namespace CrmSync.DedupeBench;

/// <summary>Prints a trained model's levels (m, u, weight) for inspection.</summary>
internal static class ModelPrinter
{
    public static void Print(string name, DedupeModelSummary model, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: π={model.PriorMatchProbability:0.00e0} iterations={model.Iterations} converged={model.Converged} training pairs={model.TrainingPairs}"));
        PrintLevels(model.Comparisons, output);
        foreach (var related in model.RelatedClasses)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  related class '{related.Description}': π={related.PriorProbability:0.00e0}"));
            PrintLevels(related.Comparisons, output);
        }
    }

    private static void PrintLevels(IEnumerable<ComparisonWeights> comparisons, TextWriter output)
    {
        foreach (var comparison in comparisons)
        {
            var levels = comparison.Levels.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Level} m={l.M:0.000} u={l.U:0.000} w={l.Bits:+0.0;-0.0}"));
            output.WriteLine($"    {comparison.Comparison}: {string.Join(" | ", levels)}");
        }
    }
}
