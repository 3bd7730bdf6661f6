using System.Text.Json;
using Cordon.Core;
using Cordon.Lists;

namespace Cordon.Matching.Tests.Screening;

/// <summary>
/// <see cref="ScreeningIndexSnapshot"/>: an index loaded from its snapshot screens exactly as the index it was saved from,
/// and a snapshot that does not answer for the lists, the matcher or its own bytes is refused with the reason.
/// </summary>
public sealed class ScreeningIndexSnapshotTests
{
    private const string Key = "un 1 sha256-of-un\nofac-sdn 2 sha256-of-sample";

    private static readonly Lazy<IReadOnlyList<ListedEntity>> Entries = new(() =>
    [
        .. ListLoader.Default.Load(SharedData.Path("lists", "un")).Snapshots.SelectMany(s => s.Entities),
        .. ListLoader.Default.Load(SharedData.Path("lists", "ofac-sample")).Snapshots.SelectMany(s => s.Entities),
    ]);

    private static readonly Dictionary<string, (ScreeningIndex Index, byte[] Bytes)> Saved = [];

    [Theory]
    [InlineData(MatchingAlgorithms.V1)]
    [InlineData(MatchingAlgorithms.V2)]
    public void A_loaded_index_screens_exactly_as_the_built_one(string algorithm)
    {
        var (built, bytes) = Save(algorithm);

        var loaded = ScreeningIndexSnapshot.TryRead(bytes, MatchingAlgorithms.Get(algorithm), Key, out var reason);

        Assert.Null(reason);
        Assert.NotNull(loaded);
        Assert.Equal(built.EntityCount, loaded.EntityCount);
        Assert.Equal(built.NameCount, loaded.NameCount);
        var queries = Queries();
        Assert.True(queries.Count > 1000);
        var found = 0;
        foreach (var query in queries)
        {
            var expected = Describe(built.Screen(query, 5, 0.5));
            Assert.Equal(expected, Describe(loaded.Screen(query, 5, 0.5)));
            found += expected == "[]" ? 0 : 1;
        }

        // The comparison means something only if most queries find entries (with scores, aliases and explanations).
        Assert.True(found > queries.Count / 2, $"{found} of {queries.Count} queries found something");
    }

    [Fact]
    public void A_snapshot_of_other_list_contents_is_refused()
    {
        var (_, bytes) = Save(MatchingAlgorithms.V1);

        Assert.Null(ScreeningIndexSnapshot.TryRead(bytes, MatchingAlgorithms.Get(MatchingAlgorithms.V1), Key + " changed", out var reason));
        Assert.Equal("snapshot was made from other list contents", reason);
    }

    [Fact]
    public void A_snapshot_of_another_algorithm_or_other_options_is_refused()
    {
        var (_, bytes) = Save(MatchingAlgorithms.V1);

        Assert.Null(ScreeningIndexSnapshot.TryRead(bytes, MatchingAlgorithms.Get(MatchingAlgorithms.V2), Key, out var reason));
        Assert.Contains("another matcher", reason, StringComparison.Ordinal);
        var otherOptions = new Matcher(MatchingAlgorithms.V1, MatchingOptions.Default with { MaxCandidates = MatchingOptions.Default.MaxCandidates + 1 });
        Assert.Null(ScreeningIndexSnapshot.TryRead(bytes, otherOptions, Key, out reason));
        Assert.Contains("another matcher", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fingerprint_names_the_algorithm_the_format_and_the_builds_of_the_matching_code()
    {
        var fingerprint = ScreeningIndexSnapshot.Fingerprint(MatchingAlgorithms.Get(MatchingAlgorithms.V1));

        Assert.StartsWith($"{MatchingAlgorithms.V1};format {ScreeningIndexSnapshot.FormatVersion};", fingerprint, StringComparison.Ordinal);
        Assert.Contains(typeof(Matcher).Assembly.ManifestModule.ModuleVersionId.ToString("N"), fingerprint, StringComparison.Ordinal);
        Assert.Contains(typeof(ListedEntity).Assembly.ManifestModule.ModuleVersionId.ToString("N"), fingerprint, StringComparison.Ordinal);
        Assert.NotEqual(fingerprint, ScreeningIndexSnapshot.Fingerprint(MatchingAlgorithms.Get(MatchingAlgorithms.V2)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(4096)]
    [InlineData(-1)]
    public void A_truncated_snapshot_is_refused(int cut)
    {
        var (_, bytes) = Save(MatchingAlgorithms.V1);
        var kept = cut > 0 ? bytes.Length - cut : 40;

        Assert.Null(ScreeningIndexSnapshot.TryRead(bytes[..kept], MatchingAlgorithms.Get(MatchingAlgorithms.V1), Key, out var reason));
        Assert.Contains("truncated", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.5)]
    [InlineData(0.99)]
    public void A_snapshot_with_a_changed_byte_is_refused(double where)
    {
        var (_, bytes) = Save(MatchingAlgorithms.V1);
        var corrupt = bytes.ToArray();
        corrupt[(int)(corrupt.Length * where)] ^= 0x20;

        Assert.Null(ScreeningIndexSnapshot.TryRead(corrupt, MatchingAlgorithms.Get(MatchingAlgorithms.V1), Key, out var reason));
        Assert.Contains("corrupt", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_format_or_no_snapshot_at_all_is_refused()
    {
        var (_, bytes) = Save(MatchingAlgorithms.V1);
        var otherFormat = bytes.ToArray();
        BitConverter.TryWriteBytes(otherFormat.AsSpan(8), ScreeningIndexSnapshot.FormatVersion + 1);

        Assert.Null(ScreeningIndexSnapshot.TryRead(otherFormat, MatchingAlgorithms.Get(MatchingAlgorithms.V1), Key, out var reason));
        Assert.Equal($"snapshot format {ScreeningIndexSnapshot.FormatVersion + 1}, expected {ScreeningIndexSnapshot.FormatVersion}", reason);
        Assert.Null(ScreeningIndexSnapshot.TryRead("id,name\nq1,Kim\n"u8.ToArray(), MatchingAlgorithms.Get(MatchingAlgorithms.V1), Key, out reason));
        Assert.Equal("not a screening index snapshot", reason);
        Assert.Null(ScreeningIndexSnapshot.TryRead([], MatchingAlgorithms.Get(MatchingAlgorithms.V1), Key, out reason));
        Assert.Equal("not a screening index snapshot", reason);
    }

    private static (ScreeningIndex Index, byte[] Bytes) Save(string algorithm)
    {
        lock (Saved)
        {
            if (!Saved.TryGetValue(algorithm, out var saved))
            {
                var index = MatchingAlgorithms.Get(algorithm).BuildIndex(Entries.Value);
                using var stream = new MemoryStream();
                ScreeningIndexSnapshot.Write(index, Key, stream);
                Saved[algorithm] = saved = (index, stream.ToArray());
            }

            return saved;
        }
    }

    /// <summary>Every entry's primary name and first alias, lower-cased, with a letter dropped, words swapped; and names that are on no list.</summary>
    private static List<ScreeningSubject> Queries()
    {
        var queries = new List<ScreeningSubject>();
        foreach (var entity in Entries.Value)
        {
            var name = entity.PrimaryName;
            queries.Add(new ScreeningSubject { Name = name.ToLowerInvariant() });
            queries.Add(new ScreeningSubject { Name = name.Length > 6 ? name.Remove(name.Length / 2, 1) : name, Kind = entity.Type == EntityType.Individual ? SubjectKind.Person : SubjectKind.Any });
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            queries.Add(new ScreeningSubject { Name = string.Join(' ', words.Skip(1).Append(words[0])), DateOfBirth = entity.DatesOfBirth.Count > 0 ? entity.DatesOfBirth[0] : null });
            if (entity.Aliases.Count > 0)
            {
                queries.Add(new ScreeningSubject { Name = entity.Aliases[0].Name });
            }
        }

        queries.AddRange(new[] { "Maria Fernanda Oliveira", "Jonathan Whitaker", "Acme Widgets Ltd", "Nguyen Thi Lan", "Pak Song Chol" }
            .Select(n => new ScreeningSubject { Name = n }));
        return queries;
    }

    private static string Describe(IReadOnlyList<ScreeningMatch> matches) =>
        JsonSerializer.Serialize(matches.Select(m => new { m.Entity.ListId, m.Entity.SourceId, m.Score, m.MatchedName, m.Explanation }), CordonJson.Options);
}
