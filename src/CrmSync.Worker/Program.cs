using CrmSync.Worker.Cli;

var parse = CrmSyncCommandLine.Build().Parse(args);
return await parse.InvokeAsync(CrmSyncCommandLine.InvocationFor(parse));
