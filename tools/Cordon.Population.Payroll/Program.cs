using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Json.Schema;

namespace Cordon.Population.Payroll;

/// <summary>Command line: writes the labelled payroll population and validates every record against the schema.</summary>
internal static class Program
{
    private const string Usage =
        "usage: Cordon.Population.Payroll [--count N] [--seed S] [--output records.jsonl[.gz]] [--labels labels.csv] [--schema application.schema.json]";

    private static int Main(string[] args)
    {
        var count = 4500;
        var seed = 20261203;
        var output = "records.jsonl";
        var labels = "labels.csv";
        string? schemaPath = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--count": count = Integer(args[i], Next()); break;
                    case "--seed": seed = Integer(args[i], Next()); break;
                    case "--output": output = Next(); break;
                    case "--labels": labels = Next(); break;
                    case "--schema": schemaPath = Next(); break;
                    case "-h" or "--help": Console.WriteLine(Usage); return 0;
                    default: throw new ArgumentException($"unknown option '{args[i]}'");
                }
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"error: {e.Message}\n{Usage}");
                return 2;
            }
        }
        if (count < 200)
        {
            Console.Error.WriteLine("error: --count must be at least 200 (rings and clusters need room)");
            return 2;
        }

        schemaPath ??= FindSchema();
        if (schemaPath is null || !File.Exists(schemaPath))
        {
            Console.Error.WriteLine("error: application.schema.json not found; pass --schema <path> (it lives in ../shared/schemas next to the repository)");
            return 2;
        }
        var schema = JsonSchema.FromText(File.ReadAllText(schemaPath));

        var factory = new Factory(new Rng(seed), Networks.Load());
        var records = new Population(factory).Generate(count);

        var jsonOptions = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false };
        var evaluation = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        var lines = new List<string>(records.Count);
        var invalid = 0;
        foreach (var a in records)
        {
            var line = a.ToJson().ToJsonString(jsonOptions);
            using var doc = JsonDocument.Parse(line);
            var result = schema.Evaluate(doc.RootElement, evaluation);
            if (!result.IsValid)
            {
                invalid++;
                if (invalid <= 5)
                {
                    var reasons = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                        .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).Take(5);
                    Console.Error.WriteLine($"invalid record {a.Id} ({a.Scenario}): {string.Join("; ", reasons)}");
                }
            }
            lines.Add(line);
        }
        if (invalid > 0)
        {
            Console.Error.WriteLine($"error: {invalid} of {records.Count} records do not match {schemaPath}; nothing written");
            return 1;
        }

        var utf8 = new UTF8Encoding(false);
        using (var file = File.Create(output))
        using (Stream stream = output.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.SmallestSize) : file)
        using (var writer = new StreamWriter(stream, utf8))
        {
            writer.NewLine = "\n";
            foreach (var line in lines) writer.WriteLine(line);
        }
        using (var writer = new StreamWriter(labels, false, utf8))
        {
            writer.NewLine = "\n";
            writer.WriteLine("id,fraud,group_id,scenario");
            foreach (var a in records)
                writer.WriteLine($"{a.Id},{(a.Fraud ? "true" : "false")},{a.GroupId},{a.Scenario}");
        }

        var fraud = records.Count(r => r.Fraud);
        Console.WriteLine($"wrote {records.Count} records ({fraud} fraud, {100.0 * fraud / records.Count:F1}%), all valid against {Path.GetFileName(schemaPath)}");
        foreach (var g in records.GroupBy(r => (r.Fraud, r.Scenario)).OrderBy(g => g.Key.Fraud).ThenByDescending(g => g.Count()))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(g.Key.Fraud ? "fraud" : "legit"),-5} {g.Key.Scenario,-34} {g.Count(),5}"));
        return 0;
    }

    private static int Integer(string option, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"{option} expects a whole number, got '{text}'");

    /// <summary>Looks for shared/schemas/application.schema.json beside the current directory or any parent.</summary>
    private static string? FindSchema()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "schemas", "application.schema.json");
            if (File.Exists(candidate)) return candidate;
            candidate = Path.Combine(dir.FullName, "..", "shared", "schemas", "application.schema.json");
            if (File.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        return null;
    }
}
