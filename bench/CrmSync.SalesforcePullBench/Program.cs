using CrmSync.SalesforcePullBench;

// Two roles in one executable: the bench, and (with --serve) the fake Salesforce org it starts as a child process, so
// that the peak memory measured is CrmSync's alone.
var records = args.SkipWhile(a => a != "--records").Skip(1).Select(int.Parse).FirstOrDefault(200_000);
return args.Contains("--serve")
    ? await OrgServer.RunAsync(records)
    : await SalesforcePullBenchmark.RunAsync(records);
