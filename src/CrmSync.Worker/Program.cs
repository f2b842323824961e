using CrmSync.Worker.Cli;

return await CrmSyncCommandLine.Build().Parse(args).InvokeAsync();
