using System.Globalization;
using System.Text;

namespace Cordon.Risk.Synthetic;

/// <summary>
/// Generates a labelled synthetic population of applications: legitimate applicants from many countries with realistic noise
/// (travel, occasional VPN, late-night work, families, coworking spaces, company VPNs) and fraudulent identities run in groups
/// (rings, laptop farms, front companies) that each show some, never all, of the published red flags.
/// Deterministic: the same count and seed give the same bytes; no wall clock is read (the base date is 2026-10-01).
/// </summary>
public static class PopulationGenerator
{
    /// <summary>The default number of records.</summary>
    public const int DefaultCount = 5000;

    /// <summary>The default seed.</summary>
    public const int DefaultSeed = 20261001;

    /// <summary>The date all generated timestamps are relative to.</summary>
    public static DateTimeOffset BaseDate { get; } = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Generates a population.</summary>
    /// <param name="count">The number of records (at least 10).</param>
    /// <param name="seed">The seed of the one random sequence used.</param>
    /// <returns>The records in id order, with labels.</returns>
    public static GeneratedPopulation Generate(int count = DefaultCount, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 10);
        return new PopulationBuilder(count, seed).Build();
    }

    /// <summary>Generates a population and writes the records as JSON lines and the labels as CSV (<c>id,fraud,group_id,scenario</c>).</summary>
    /// <param name="recordsJsonlPath">Where to write the records, one JSON object per line.</param>
    /// <param name="labelsCsvPath">Where to write the labels.</param>
    /// <param name="count">The number of records.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The generated population.</returns>
    public static GeneratedPopulation Write(string recordsJsonlPath, string labelsCsvPath, int count = DefaultCount, int seed = DefaultSeed)
    {
        var population = Generate(count, seed);
        using (var records = File.Create(recordsJsonlPath))
        {
            WriteRecords(population, records);
        }

        using (var labels = File.Create(labelsCsvPath))
        {
            WriteLabels(population, labels);
        }

        return population;
    }

    /// <summary>Writes the records as UTF-8 JSON lines (LF line ends).</summary>
    /// <param name="population">The population.</param>
    /// <param name="output">The stream to write to; left open.</param>
    public static void WriteRecords(GeneratedPopulation population, Stream output)
    {
        ArgumentNullException.ThrowIfNull(population);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        foreach (var application in population.Applications)
        {
            writer.Write(application.Json);
            writer.Write('\n');
        }
    }

    /// <summary>Writes the labels as UTF-8 CSV with the header <c>id,fraud,group_id,scenario</c>.</summary>
    /// <param name="population">The population.</param>
    /// <param name="output">The stream to write to; left open.</param>
    public static void WriteLabels(GeneratedPopulation population, Stream output)
    {
        ArgumentNullException.ThrowIfNull(population);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.Write("id,fraud,group_id,scenario\n");
        foreach (var application in population.Applications)
        {
            var label = application.Label;
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{label.Id},{(label.Fraud ? "true" : "false")},{label.GroupId ?? string.Empty},{label.Scenario}\n"));
        }
    }

    /// <summary>Reads labels written by <see cref="WriteLabels"/>.</summary>
    /// <param name="labelsCsvPath">The CSV file.</param>
    /// <returns>The labels keyed by record id.</returns>
    public static IReadOnlyDictionary<string, PopulationLabel> ReadLabels(string labelsCsvPath)
    {
        using var stream = File.OpenRead(labelsCsvPath);
        return Evaluation.LabelledPopulation.ReadLabels(stream, labelsCsvPath);
    }
}
