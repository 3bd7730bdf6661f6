using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Json.Schema;

namespace Cordon.Population.Fieldwork;

/// <summary>
/// Writes the "fieldwork" labelled applicant population: a global freelance marketplace's sign-ups with DPRK
/// IT-worker fraud rings among them. Every record is validated against the application schema before writing.
/// </summary>
internal static class Program
{
    private const string Usage = "usage: Cordon.Population.Fieldwork [--count N] [--seed S] [--output records.jsonl] [--labels labels.csv] [--fraud-share 0.10] [--ip-data ../shared/data/ip] [--schema ../shared/schemas/application.schema.json]\n       Cordon.Population.Fieldwork --validate records.jsonl [--schema ...]   (check an existing file, e.g. a frozen population)";

    private static int Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int count = 5000;
        ulong seed = 20261203;
        double fraudShare = 0.10;
        string output = "records.jsonl", labels = "labels.csv";
        string ipData = Path.Combine("..", "shared", "data", "ip");
        string schemaPath = Path.Combine("..", "shared", "schemas", "application.schema.json");
        string? validateOnly = null;
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--count": count = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--seed": seed = ulong.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--output": output = Next(); break;
                    case "--labels": labels = Next(); break;
                    case "--fraud-share": fraudShare = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--ip-data": ipData = Next(); break;
                    case "--schema": schemaPath = Next(); break;
                    case "--validate": validateOnly = Next(); break;
                    case "-h" or "--help": Console.WriteLine(Usage); return 0;
                    default: Console.Error.WriteLine($"unknown argument: {args[i]}\n{Usage}"); return 2;
                }
            }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
            {
                Console.Error.WriteLine($"bad value for {args[i - 1]}: {e.Message}\n{Usage}");
                return 2;
            }
        }
        if (count < 50) { Console.Error.WriteLine("--count must be at least 50"); return 2; }
        if (fraudShare is < 0 or > 0.5) { Console.Error.WriteLine("--fraud-share must be between 0 and 0.5"); return 2; }
        if (!File.Exists(schemaPath)) { Console.Error.WriteLine($"schema not found: {schemaPath} (run from the repository root or pass --schema)"); return 2; }

        var schema = JsonSchema.FromText(File.ReadAllText(schemaPath));
        var evaluation = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        if (validateOnly is not null) return ValidateFile(validateOnly, schema, evaluation);

        using var ips = new IpPools(ipData, Networks.AllAsns().ToHashSet());
        var missing = Geography.All.SelectMany(c => c.HomeAsns.Concat(c.MobileAsns).Select(asn => (asn, c.Code)))
            .Concat(Networks.Universities.Select(u => (u.Asn, u.Country)))
            .Where(x => !ips.Has(x.Item1, x.Item2)).Distinct().ToList();
        if (missing.Count > 0)
        {
            Console.Error.WriteLine($"the IP data in {ipData} has no ranges for: {string.Join(", ", missing.Select(m => $"AS{m.Item1} in {m.Item2}"))}");
            return 1;
        }
        var population = new Population(new Factory(ips)).Generate(seed, count, fraudShare);

        var json = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false };
        var utf8 = new UTF8Encoding(false);
        int invalid = 0;
        using (var writer = new StreamWriter(output, false, utf8) { NewLine = "\n" })
        {
            foreach (var a in population)
            {
                string line = a.ToJson().ToJsonString(json);
                using var doc = JsonDocument.Parse(line);
                var result = schema.Evaluate(doc.RootElement, evaluation);
                if (!result.IsValid && ++invalid <= 10) Console.Error.WriteLine($"invalid record {a.Id} ({a.Scenario}): {Errors(result)}");
                writer.WriteLine(line);
            }
        }
        if (invalid > 0)
        {
            Console.Error.WriteLine($"{invalid} records are not valid against {schemaPath}; output is not usable.");
            return 1;
        }

        using (var writer = new StreamWriter(labels, false, utf8) { NewLine = "\n" })
        {
            writer.WriteLine("id,fraud,group_id,scenario");
            foreach (var a in population) writer.WriteLine($"{a.Id},{(a.Fraud ? "true" : "false")},{a.Group},{a.Scenario}");
        }

        int fraud = population.Count(a => a.Fraud);
        Console.Error.WriteLine($"{population.Count} records, {fraud} fraud ({100.0 * fraud / population.Count:0.0}%), all valid against the schema; seed {seed}");
        foreach (var g in population.GroupBy(a => (a.Fraud, a.Scenario)).OrderByDescending(g => g.Key.Fraud).ThenByDescending(g => g.Count()).ThenBy(g => g.Key.Scenario, StringComparer.Ordinal))
            Console.Error.WriteLine($"  {(g.Key.Fraud ? "fraud" : "legit"),-5} {g.Key.Scenario,-40} {g.Count(),5}");
        return 0;
    }

    private static string Errors(EvaluationResults result) =>
        string.Join("; ", result.Details?.Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? []);

    /// <summary>Checks every line of an existing JSONL file (plain or .gz) against the schema.</summary>
    private static int ValidateFile(string path, JsonSchema schema, EvaluationOptions evaluation)
    {
        if (!File.Exists(path)) { Console.Error.WriteLine($"not found: {path}"); return 2; }
        using var stream = File.OpenRead(path);
        using Stream input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(input, Encoding.UTF8);
        int lineNo = 0, invalid = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var result = schema.Evaluate(doc.RootElement, evaluation);
                if (!result.IsValid && ++invalid <= 10) Console.Error.WriteLine($"{path}:{lineNo}: {Errors(result)}");
            }
            catch (JsonException e)
            {
                if (++invalid <= 10) Console.Error.WriteLine($"{path}:{lineNo}: not JSON: {e.Message}");
            }
        }
        Console.Error.WriteLine(invalid == 0 ? $"{path}: {lineNo} records, all valid" : $"{path}: {invalid} of {lineNo} records invalid");
        return invalid == 0 ? 0 : 1;
    }
}
