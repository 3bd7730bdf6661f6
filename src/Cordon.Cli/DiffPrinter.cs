using Cordon.Core;
using Cordon.Lists.Versions;

namespace Cordon.Cli;

/// <summary>Writes a list difference for people: counts, then the entries added and removed, then changes field by field.</summary>
internal static class DiffPrinter
{
    public static void Print(string title, ListDiffResult difference, int details)
    {
        Console.WriteLine(title);
        Console.WriteLine($"{difference.Added.Count} added, {difference.Removed.Count} removed, {difference.Changed.Count} changed, {difference.UnchangedCount} unchanged");
        Section("Added", difference.Added, details);
        Section("Removed", difference.Removed, details);
        if (difference.Changed.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"Changed ({Math.Min(details, difference.Changed.Count)} of {difference.Changed.Count} shown):");
            foreach (var change in difference.Changed.Take(details))
            {
                Console.WriteLine($"  {change.SourceId} {change.New.PrimaryName}");
                foreach (var field in change.Fields)
                {
                    if (field.AddedItems.Count > 0 || field.RemovedItems.Count > 0)
                    {
                        foreach (var item in field.RemovedItems)
                        {
                            Console.WriteLine($"    {field.Field} - {item}");
                        }

                        foreach (var item in field.AddedItems)
                        {
                            Console.WriteLine($"    {field.Field} + {item}");
                        }
                    }
                    else
                    {
                        Console.WriteLine($"    {field.Field}: {field.OldValue ?? "(none)"} → {field.NewValue ?? "(none)"}");
                    }
                }
            }
        }
    }

    private static void Section(string heading, IReadOnlyList<ListedEntity> entities, int details)
    {
        if (entities.Count == 0)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine($"{heading} ({Math.Min(details, entities.Count)} of {entities.Count} shown):");
        foreach (var entity in entities.Take(details))
        {
            Console.WriteLine($"  {entity.SourceId} {entity.PrimaryName} [{entity.Type}; {string.Join(", ", entity.Programs)}]");
        }
    }
}
