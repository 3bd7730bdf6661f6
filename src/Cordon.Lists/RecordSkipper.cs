using Cordon.Core;

namespace Cordon.Lists;

/// <summary>
/// Collects a list's entries one record at a time, so that one record a reader cannot map (a name missing, a type it does
/// not know, an id seen twice) is left out and reported with its place and reason instead of refusing the whole list.
/// Whether the version as a whole is still acceptable is the loader's decision (<see cref="ListLoaderLimits.MaxBadRecordShare"/>).
/// </summary>
/// <param name="file">The file's display name, for the reports.</param>
internal sealed class RecordSkipper(string file)
{
    private readonly List<ListedEntity> entities = [];
    private readonly List<SkippedRecord> skipped = [];
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    /// <summary>The entries read, in source order, with unique ids.</summary>
    public IReadOnlyList<ListedEntity> Entities => entities;

    /// <summary>The records left out.</summary>
    public IReadOnlyList<SkippedRecord> Skipped => skipped;

    /// <summary>Maps one record; a <see cref="ListFormatException"/> from <paramref name="map"/> skips it.</summary>
    /// <param name="line">The record's line, when known.</param>
    /// <param name="recordId">The record's id as far as it can be read before mapping, for the report.</param>
    /// <param name="map">Maps the record.</param>
    public void Add(long? line, string? recordId, Func<ListedEntity> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        ListedEntity entity;
        try
        {
            entity = map();
        }
        catch (ListFormatException e)
        {
            skipped.Add(new SkippedRecord(file, e.Line ?? line, recordId, e.Reason));
            return;
        }

        if (!seen.Add(entity.SourceId))
        {
            skipped.Add(new SkippedRecord(file, line, entity.SourceId, $"the id {entity.SourceId} appears twice; the first record with it is kept"));
            return;
        }

        entities.Add(entity);
    }
}
