using System.Globalization;
using CrmSync.Core.Dedupe;

namespace CrmSync.Core.Tests.Dedupe.Quality;

/// <summary>
/// The acceptance floors on every bundled labelled set, with the default settings of its record kind and the
/// model's own thresholds (no labels used to fit anything): Febrl 1–4 pairwise F1 ≥ 0.99, fake_1000 pairwise
/// F1 ≥ 0.95 and B-cubed F1 ≥ 0.90, restaurants pairwise F1 ≥ 0.98 with precision ≥ 0.97. Skipped without the
/// data sets, failed under CI=true (<see cref="LabelledSets.Folder"/>). Each set runs in about a second.
/// </summary>
public class QualityRegressionTests
{
    [Theory]
    [InlineData("febrl1", 0.99, 0.0, 0.0)]
    [InlineData("febrl2", 0.99, 0.0, 0.0)]
    [InlineData("febrl3", 0.99, 0.0, 0.0)]
    [InlineData("febrl4", 0.99, 0.0, 0.0)]
    [InlineData("fake_1000", 0.95, 0.0, 0.90)]
    [InlineData("restaurants", 0.98, 0.97, 0.0)]
    public void Run_LabelledSet_MeetsAcceptanceFloors(string name, double minF1, double minPrecision, double minBCubedF1)
    {
        var set = LabelledSets.Load(name);
        var detector = new DuplicateDetector(new DedupeSettings { Kind = set.Kind });

        var quality = PairQuality.Of(set, detector.Run(set.Records, cancellationToken: TestContext.Current.CancellationToken), detector.Settings.MatchThreshold);

        var figures = string.Create(CultureInfo.InvariantCulture, $"{name}: pairwise P {quality.Precision:0.000} R {quality.Recall:0.000} F1 {quality.F1:0.000}, B-cubed F1 {quality.BCubedF1:0.000}");
        Assert.True(quality.F1 >= minF1, $"{figures}; pairwise F1 floor {minF1}");
        Assert.True(quality.Precision >= minPrecision, $"{figures}; precision floor {minPrecision}");
        Assert.True(quality.BCubedF1 >= minBCubedF1, $"{figures}; B-cubed F1 floor {minBCubedF1}");
    }

    [Fact]
    public void Folder_MissingSetUnderCi_FailsInsteadOfSkipping()
    {
        var failure = Assert.ThrowsAny<Exception>(() => LabelledSets.Folder("no_such_set", failWhenMissing: true));

        Assert.DoesNotContain("Skip", failure.GetType().Name, StringComparison.Ordinal);
        Assert.Contains("CI=true", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_MissingSetOutsideCi_Skips()
    {
        // A plain catch: xunit's assertion helpers pass a skip on, which would skip this test instead of checking it.
        Exception? skip = null;
        try
        {
            LabelledSets.Folder("no_such_set", failWhenMissing: false);
        }
        catch (Exception e)
        {
            skip = e;
        }

        Assert.NotNull(skip);
        Assert.Contains("Skip", skip.GetType().Name, StringComparison.Ordinal);
        Assert.Contains("fails under CI=true", skip.Message, StringComparison.Ordinal);
    }
}
