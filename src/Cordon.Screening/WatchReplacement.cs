using System.Text.Json;
using Cordon.Core;
using Cordon.Storage;

namespace Cordon.Screening;

/// <summary>A watch subject that a new one with the same id would replace, and the new one.</summary>
/// <param name="Current">The subject under watch now.</param>
/// <param name="Proposed">The subject that would replace it.</param>
public sealed record WatchReplacement(WatchSubject Current, WatchSubject Proposed)
{
    /// <summary>
    /// The subjects of <paramref name="proposed"/> that would replace a different one already under watch in
    /// <paramref name="organisationId"/>. A subject sent again unchanged replaces nothing.
    /// </summary>
    public static async Task<IReadOnlyList<WatchReplacement>> FindAsync(ICordonStore store, string organisationId, IReadOnlyList<WatchSubject> proposed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(proposed);
        var result = new List<WatchReplacement>();
        foreach (var subject in proposed)
        {
            if (await store.GetWatchSubjectAsync(organisationId, subject.Id, cancellationToken) is { } current && !Same(current.Subject, subject.Subject))
            {
                result.Add(new WatchReplacement(current, subject));
            }
        }

        return result;
    }

    /// <summary>True when two subjects say the same thing (every field, lists included).</summary>
    public static bool Same(ScreeningSubject a, ScreeningSubject b) =>
        JsonSerializer.Serialize(a, CordonJson.Options) == JsonSerializer.Serialize(b, CordonJson.Options);

    /// <summary>One line naming what changes, e.g. <c>name 'Kim Jong Un' → 'Kim Jong Il'; date of birth 1984-01-08 → (none)</c>.</summary>
    public string Describe()
    {
        var (a, b) = (Current.Subject, Proposed.Subject);
        var changes = new List<string>();
        void Compare(string field, string? before, string? after)
        {
            if (!string.Equals(before ?? string.Empty, after ?? string.Empty, StringComparison.Ordinal))
            {
                changes.Add($"{field} {Quote(before)} → {Quote(after)}");
            }
        }

        Compare("name", a.Name, b.Name);
        Compare("date of birth", a.DateOfBirth?.Text, b.DateOfBirth?.Text);
        Compare("nationality", a.Nationality, b.Nationality);
        Compare("type", a.Kind.ToString().ToLowerInvariant(), b.Kind.ToString().ToLowerInvariant());
        Compare("identifiers", string.Join(", ", [.. a.DocumentNumbers, .. a.EmailAddresses, .. a.Websites, .. a.WalletAddresses]), string.Join(", ", [.. b.DocumentNumbers, .. b.EmailAddresses, .. b.Websites, .. b.WalletAddresses]));
        return changes.Count == 0 ? "other details" : string.Join("; ", changes);
    }

    private static string Quote(string? text) => string.IsNullOrEmpty(text) ? "(none)" : $"'{text}'";
}
