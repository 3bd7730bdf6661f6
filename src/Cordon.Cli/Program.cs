using System.CommandLine;
using Cordon.Cli;
using Cordon.Cli.Commands;

var global = new GlobalOptions();
var root = new RootCommand("Cordon: sanctions screening, list versions and watch-list alerts for DPRK IT-worker risk.");
global.AddTo(root);
root.Subcommands.Add(ServeCommand.Create(global));
root.Subcommands.Add(ListsCommand.Create(global));
root.Subcommands.Add(ScreenCommand.Create(global));
root.Subcommands.Add(CompareNamesCommand.Create());
root.Subcommands.Add(WatchCommand.Create(global));
root.Subcommands.Add(AlertsCommand.Create(global));
root.Subcommands.Add(EvaluateCommand.Create());
root.Subcommands.Add(AssessCommand.Create(global));
root.Subcommands.Add(RiskCommand.Create(global));
root.Subcommands.Add(IndicatorsCommand.Create(global));
root.Subcommands.Add(HubCommand.Create(global));
return await root.Parse(args).InvokeAsync();
