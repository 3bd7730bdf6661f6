using Cordon.Accounts;
using Cordon.Core;
using Cordon.Lists;
using Cordon.Screening;
using Cordon.Storage;

namespace Cordon.Web.Endpoints;

/// <summary>
/// Imports sanctions lists on behalf of the platform operator — from the workspace, the REST API or the command line — and
/// records every attempt, successful or not, as a platform audit entry that every organisation reads in its own log: the
/// lists in force are shared by all, so all see who changed them.
/// </summary>
public static class PlatformListImport
{
    /// <summary>
    /// Reads the lists with <paramref name="load"/>, stores the changed ones as the versions in force, re-screens the watch
    /// lists and audits the outcome. A file that cannot be read imports nothing and is audited as a failure.
    /// </summary>
    /// <param name="cordon">The services.</param>
    /// <param name="audit">The audit log.</param>
    /// <param name="actor">The operator (a user with the <c>operator</c> role, or the command line).</param>
    /// <param name="files">The file names given (never server paths), for the audit entry.</param>
    /// <param name="load">Reads the files into snapshots; its <see cref="ListFormatException"/> is audited and rethrown.</param>
    /// <param name="acceptIncomplete">True when the operator explicitly accepts a list read from part of its set (see
    /// <see cref="ListSnapshot.MissingParts"/>); otherwise such a list is refused like an unreadable file.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The import's outcome and the loader's warnings.</returns>
    /// <exception cref="ListFormatException">A file could not be read; nothing was stored.</exception>
    public static async Task<(ImportOutcome Outcome, IReadOnlyList<string> Warnings)> ImportAsync(
        CordonServices cordon,
        AuditLog audit,
        Actor actor,
        IReadOnlyList<string> files,
        Func<ListLoadResult> load,
        bool acceptIncomplete,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cordon);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(load);
        var names = files.Select(SourceNames.FileName).ToList();
        ListLoadResult loaded;
        ImportOutcome outcome;
        try
        {
            loaded = load();
            if (!acceptIncomplete)
            {
                RefuseIncomplete(loaded.Snapshots);
            }

            outcome = await cordon.Importer.ImportAsync(loaded.Snapshots, cancellationToken);
        }
        catch (Exception e) when (e is ListFormatException or ArgumentException or InvalidDataException or IOException)
        {
            await audit.RecordAsync(
                actor,
                AuditActions.ListImport,
                AuditOutcomes.Failure,
                "list",
                null,
                new { files = names, reason = e.Message },
                AuditEntry.Platform,
                CancellationToken.None);
            throw;
        }

        await audit.RecordAsync(
            actor,
            AuditActions.ListImport,
            AuditOutcomes.Success,
            "list",
            string.Join(",", outcome.Lists.Select(l => l.Version.ListId)),
            new
            {
                files = names,
                lists = outcome.Lists.Select(l => new { list = l.Version.ListId, inForce = l.Version.Id, entries = l.Version.EntityCount, unchanged = l.Unchanged, contentHash = l.Version.ContentHash }),
                alerts = outcome.Alerts.Count,
            },
            AuditEntry.Platform,
            CancellationToken.None);
        return (outcome, loaded.Warnings);
    }

    /// <summary>
    /// Refuses a list read from part of its set (OFAC's sdn.csv without alt.csv and add.csv): put in force, it would drop
    /// every alias and address of every entry while looking like an ordinary update.
    /// </summary>
    /// <exception cref="ListFormatException">A snapshot has <see cref="ListSnapshot.MissingParts"/>; it names them.</exception>
    public static void RefuseIncomplete(IReadOnlyList<ListSnapshot> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        foreach (var snapshot in snapshots.Where(s => s.MissingParts.Count > 0))
        {
            var missing = snapshot.MissingParts.Count == 1
                ? snapshot.MissingParts[0] + " is"
                : string.Join(", ", snapshot.MissingParts.Take(snapshot.MissingParts.Count - 1)) + " and " + snapshot.MissingParts[^1] + " are";
            throw new ListFormatException(
                string.Join(", ", snapshot.Sources.Select(SourceNames.FileName)),
                null,
                $"the {snapshot.ListName} set is incomplete: {missing} missing, so every entry of the version would lack them. "
                + "Nothing was imported. Import the whole set, or accept an incomplete set explicitly (--accept-incomplete on the command line, acceptIncomplete=true in the API, the 'Accept an incomplete set' box on the Lists page)");
        }
    }

    /// <summary>One line per list saying what the import did, for people.</summary>
    public static string Describe(ImportOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return string.Join("; ", outcome.Lists.Select(l => l.Unchanged
            ? $"{l.Version.ListName}: unchanged (same content as version {l.Version.Id})"
            : $"{l.Version.ListName}: version {l.Version.Id} imported with {l.Version.EntityCount:N0} entries")) + $"; {outcome.Alerts.Count} alert(s) raised.";
    }
}
