using CrmSync.Core.Metrics;
using CrmSync.Core.Metrics.Input;
using CrmSync.Core.Metrics.Offline;

namespace CrmSync.Core.Tests.Metrics;

/// <summary>The offline folder reader on in-memory files: extra columns slice, optional files, errors name file and line.</summary>
public class MetricsCsvReaderTests
{
    private static readonly Dictionary<string, string> Folder = new()
    {
        [MetricsCsvReader.Pipelines] = "pipeline_id,stage_id,label,display_order,is_closed,is_won\nnew,open,Open,1,false,false\nnew,won,Won,2,true,true\n" +
                                       "renewal,open,Open,1,false,false\nrenewal,won,Won,2,true,true\n",
        [MetricsCsvReader.Deals] = "id,pipeline_id,stage_id,amount,created_at,close_date,owner_id,company_id,region\n" +
                                   "1,new,won,100,2025-01-02,2025-01-10,O1,C1,EMEA\n2,renewal,won,50.5,2025-01-03,2025-01-20,O2,C2,AMER\n3,new,open,,2025-01-05,,O1,C1,\n",
        [MetricsCsvReader.StageHistory] = "deal_id,stage_id,entered_at\n1,open,2025-01-02T00:00:00Z\n1,won,2025-01-10T00:00:00Z\n",
        [MetricsCsvReader.Contacts] = "id,created_at,owner_id,company_id\n",
        [MetricsCsvReader.LifecycleHistory] = "contact_id,stage,entered_at\n",
        [MetricsCsvReader.Revenue] = "company_id,month,mrr\n",
    };

    [Fact]
    public void ExtraDealColumns_AreProperties_ToSliceBy()
    {
        var input = MetricsCsvReader.Read(Open(Folder), new MetricsOptions());
        var report = new MetricsEngine(input, new MetricsOptions(), new DateTime(2025, 2, 1)).Compute(MetricsPeriod.Parse("2025-01"), "region");

        Assert.Equal(["(none)", "AMER", "EMEA"], report.Slices.Select(s => s.Value));
        MetricAssert.Value(report.Slices.Single(s => s.Value == "AMER").Metrics, MetricKeys.WonAmount, 50.5m, 2);
        MetricAssert.Value(report.Metrics, MetricKeys.Won, 2, 0); // deal 2 has no history: won at its close date
        Assert.False(input.Sessions is not null);
        Assert.Null(input.Contacts.ActivityAt);
    }

    [Fact]
    public void SliceByPipeline_SeparatesThePipelines()
    {
        var report = new MetricsEngine(MetricsCsvReader.Read(Open(Folder), new MetricsOptions()), new MetricsOptions(), new DateTime(2025, 2, 1))
            .Compute(MetricsPeriod.Parse("2025-01"), "pipeline");

        Assert.Equal(["new", "renewal"], report.Slices.Select(s => s.Value));
        MetricAssert.Value(report.Slices[0].Metrics, MetricKeys.Opportunities, 2, 0);
        MetricAssert.Value(report.Slices[1].Metrics, MetricKeys.WonAmount, 50.5m, 2);
    }

    [Theory]
    [InlineData(MetricsCsvReader.Pipelines, "new,open,Open,1,maybe,false", "pipelines.csv line 6: is_closed 'maybe' is not true or false")]
    [InlineData(MetricsCsvReader.Pipelines, "new,lost,Lost,3,false,true", "pipelines.csv line 6: stage 'lost' is won but not closed")]
    [InlineData(MetricsCsvReader.Deals, "1,new,won,1,2025-01-02,,O1,C1,EMEA", "deals.csv line 5: deal '1' appears twice")]
    [InlineData(MetricsCsvReader.Deals, "4,new,won,-5,2025-01-02,,O1,C1,EMEA", "deals.csv line 5: deal '4': amount -5 is negative")]
    [InlineData(MetricsCsvReader.Deals, "4,old,won,5,2025-01-02,,O1,C1,EMEA", "deals.csv line 5: deal '4': pipeline 'old' is not in the pipelines")]
    [InlineData(MetricsCsvReader.Deals, "4,new,won,5,,,O1,C1,EMEA", "deals.csv line 5: created_at is empty")]
    [InlineData(MetricsCsvReader.Deals, "4,new,\"won,5", "deals.csv: Line 5: a quoted field is never closed")]
    [InlineData(MetricsCsvReader.Revenue, "C1,2025-01,-1", "revenue.csv line 2: company 'C1': MRR -1 is negative")]
    public void BadRows_NameFileAndLine(string file, string row, string message)
    {
        var folder = new Dictionary<string, string>(Folder);
        folder[file] += row + "\n";

        var error = Assert.Throws<MetricsInputException>(() => MetricsCsvReader.Read(Open(folder), new MetricsOptions()));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void UnknownColumn_InAFileWithoutProperties_IsAnError()
    {
        var folder = new Dictionary<string, string>(Folder) { [MetricsCsvReader.Revenue] = "company_id,month,mrr,prodcut\n" };

        var error = Assert.Throws<MetricsInputException>(() => MetricsCsvReader.Read(Open(folder), new MetricsOptions()));

        Assert.Contains("revenue.csv line 1: unknown column 'prodcut'; the columns are company_id,month,mrr,product", error.Message);
    }

    private static Func<string, TextReader?> Open(Dictionary<string, string> folder) =>
        name => folder.TryGetValue(name, out var text) ? new StringReader(text) : null;
}
