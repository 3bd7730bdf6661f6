using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Cordon.MicroBenchmarks -- --filter '*'   (or --list flat, --filter '*Name*', --job short)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
