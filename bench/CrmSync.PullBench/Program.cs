using CrmSync.PullBench;

// Two roles in one executable: the bench, and (with --serve) the sandbox it starts as a child process, so that the
// peak memory measured is CrmSync's alone.
return args.Contains("--serve")
    ? await SandboxServer.RunAsync(BenchArguments.Parse(args))
    : await PullBenchmark.RunAsync(BenchArguments.Parse(args));
