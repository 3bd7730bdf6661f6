using Cordon.Benchmarks;

// Harnesses are discovered so that adding one is adding one file.
var harnesses = typeof(IHarness).Assembly.GetTypes()
    .Where(t => typeof(IHarness).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IHarness)Activator.CreateInstance(t)!)
    .OrderBy(h => h.Name, StringComparer.Ordinal)
    .ToList();

var chosen = args.Length > 0 ? harnesses.FirstOrDefault(h => h.Name == args[0]) : null;
if (chosen is null)
{
    Console.WriteLine("usage: dotnet run -c Release --project bench/Cordon.Benchmarks -- HARNESS [options]");
    foreach (var h in harnesses)
    {
        Console.WriteLine($"  {h.Name,-12} {h.Description}");
    }

    return args.Length == 0 ? 0 : 2;
}

Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
return await chosen.RunAsync(args[1..]);
