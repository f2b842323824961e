using CrmSync.DedupeBench;

// dotnet run -c Release --project bench/CrmSync.DedupeBench -- [all|datasets|million|incremental] [--datasets-dir path] [--runs n] [--records n]
//   scale <synthetic|hard|companies> [--records n] [--runs n] [--threads n]: one generated population at scale
//   hard|companies|synthetic [--records n]: one generated population in the data-set table (hard: with its profile)
//   datasets: the labelled sets, then the hard and company populations at 100,000 records
var mode = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var runs = int.TryParse(Option("--runs"), out var r) ? r : 3;
var records = int.TryParse(Option("--records"), out var n) ? n : 1_000_000;

if (mode is "all" or "datasets")
{
    var directory = RepositoryPaths.DatasetsDirectory(Option("--datasets-dir"));
    if (!Directory.Exists(directory))
    {
        Console.Error.WriteLine($"Data sets not found at {directory}; pass --datasets-dir.");
        return 2;
    }

    // The labelled sets, then the generated populations beside them at 100,000 records (the million runs below).
    Console.WriteLine($"Data sets: {directory}; default settings per record kind; median of {runs} run(s); load average {LoadAverage()}");
    var generated = new[] { "hard", "companies" }.Select(g => ScaleBenchmark.Generate(g, 100_000)).ToList();
    var reports = DatasetLoader.All(directory).Concat(generated).Select(set => DatasetBenchmark.Evaluate(set, runs)).ToList();
    ReportPrinter.PrintDatasets(reports, Console.Out);
    PrintPopulation(generated[0]);
}

if (mode is "companies" or "synthetic")
{
    var set = ScaleBenchmark.Generate(mode, records);
    ReportPrinter.PrintDatasets([DatasetBenchmark.Evaluate(set, runs)], Console.Out);
}

if (mode is "hard")
{
    var set = ScaleBenchmark.Generate(mode, records);
    ReportPrinter.PrintDatasets([DatasetBenchmark.Evaluate(set, runs)], Console.Out);
    PrintPopulation(set);
}

if (mode is "scale")
{
    // One generator in this process: "scale hard --records 1000000 --runs 3" (the million mode starts these).
    ScaleBenchmark.Run(args.Skip(1).First(a => !a.StartsWith("--", StringComparison.Ordinal)), records, runs, int.TryParse(Option("--threads"), out var t) ? t : 0, Console.Out);
}

if (mode is "all" or "million")
{
    var code = ScaleRuns.Run(ScaleRuns.Generators, records, runs, Console.Out);
    if (code != 0)
    {
        return code;
    }
}

if (mode is "all" or "incremental")
{
    IncrementalBenchmark.Run(records, Console.Out);
}

return 0;

static string LoadAverage() => ScaleBenchmark.LoadAverage();

// What makes a generated population hard, and the plain rule the issue compares with.
static void PrintPopulation(LabelledDataset set)
{
    CrmSync.DedupeBench.Generators.PopulationProfile.Print(set, Console.Out);
    var baseline = FieldAgreementBaseline.Evaluate(set, Metrics.TruePairs(set));
    Console.WriteLine(FormattableString.Invariant($"{set.Name}, rule 'four of six fields agree': pairwise P {baseline.Precision:0.000} R {baseline.Recall:0.000} F1 {baseline.F1:0.000}"));
}
