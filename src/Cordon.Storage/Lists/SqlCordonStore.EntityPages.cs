using System.Globalization;
using Cordon.Core;
using Cordon.Lists;

namespace Cordon.Storage;

public abstract partial class SqlCordonStore
{
    /// <inheritdoc/>
    public async Task<ListEntityPage> GetEntityPageAsync(long versionId, int offset, int limit, string? nameContains = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(nameContains))
        {
            int total;
            await using (var count = Command(connection, null, "SELECT COUNT(*) FROM entities WHERE version_id = @id", ("@id", versionId)))
            {
                total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            }

            var items = new List<ListedEntity>(Math.Min(limit, Math.Max(total - offset, 0)));
            await using var page = Command(
                connection,
                null,
                "SELECT data FROM entities WHERE version_id = @id ORDER BY ordinal LIMIT @limit OFFSET @offset",
                ("@id", versionId),
                ("@limit", limit),
                ("@offset", offset));
            await using var rows = await page.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
            {
                items.Add(CordonJson.Deserialize<ListedEntity>(rows.GetString(0)));
            }

            return new ListEntityPage(total, items);
        }

        // Names live inside each entry's document: read the rows one at a time, keeping only the page. The raw text is looked
        // at first so that most rows are never deserialised; only for filters of characters JSON never escapes.
        var filter = nameContains.Trim();
        var textCheck = filter.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '.' or ',');
        var matched = 0;
        var kept = new List<ListedEntity>();
        await using var all = Command(connection, null, "SELECT data FROM entities WHERE version_id = @id ORDER BY ordinal", ("@id", versionId));
        await using var reader = await all.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var json = reader.GetString(0);
            if (textCheck && !json.Contains(filter, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var entity = CordonJson.Deserialize<ListedEntity>(json);
            if (!entity.PrimaryName.Contains(filter, StringComparison.OrdinalIgnoreCase)
                && !entity.Aliases.Any(a => a.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (matched >= offset && kept.Count < limit)
            {
                kept.Add(entity);
            }

            matched++;
        }

        return new ListEntityPage(matched, kept);
    }
}
