using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using Cordon.Core;
using Cordon.Matching.Index;
using Cordon.Matching.Normalisation;
using Cordon.Matching.Transliteration;

namespace Cordon.Matching;

/// <summary>
/// A <see cref="ScreeningIndex"/> saved as bytes and loaded again without normalising a single name: the entries, every
/// prepared token (forms, phonetic keys, skeleton), every indexed name and the posting lists, as built. Loading is
/// mostly reading; building normalises some 115,000 names and takes seconds.
/// </summary>
/// <remarks>
/// A snapshot answers only for what it was made from: it carries the <see cref="Fingerprint"/> of the matcher that
/// built it (algorithm, options, format and the exact builds of Cordon.Matching and Cordon.Core, whose code decides
/// every normalised form) and a content key of the caller's choosing (the lists' content hashes), and ends with an
/// XxHash128 of everything before it. <see cref="TryRead"/> refuses a snapshot whose fingerprint, key, length or checksum
/// does not agree, saying why, so a stale, truncated or corrupt file is rebuilt and never screens. What depends only on
/// the options (token weights, identifier tables) is derived again on load by the same code as a build.
/// </remarks>
public static class ScreeningIndexSnapshot
{
    /// <summary>Version of the byte layout; a change of layout changes it.</summary>
    public const int FormatVersion = 1;

    private const int HeaderLength = 8 + 4 + 8;
    private const int ChecksumLength = 16;
    private static readonly byte[] Magic = "CRDNSIX\n"u8.ToArray();

    /// <summary>
    /// What a snapshot must have been made by to be used with <paramref name="matcher"/>: its algorithm and options, the
    /// snapshot format, and the module version ids of Cordon.Matching and Cordon.Core (a deterministic build gives a new
    /// id exactly when their code or embedded data change, so a snapshot never outlives the normaliser that made it).
    /// </summary>
    public static string Fingerprint(Matcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        return string.Join(
            ';',
            matcher.Algorithm,
            "format " + FormatVersion,
            typeof(ScreeningIndex).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
            typeof(ListedEntity).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
            matcher.Options.ToString());
    }

    /// <summary>Writes <paramref name="index"/> to <paramref name="destination"/> under <paramref name="contentKey"/>.</summary>
    /// <param name="index">The index to save.</param>
    /// <param name="contentKey">What the index was built from (for example the lists' content hashes); checked on load.</param>
    /// <param name="destination">Where the bytes go.</param>
    public static void Write(ScreeningIndex index, string contentKey, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(contentKey);
        ArgumentNullException.ThrowIfNull(destination);
        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Fingerprint(index.Matcher));
            writer.Write(contentKey);
            WriteEntities(writer, index.Entities);
            WriteNames(writer, [.. index.IndexedNames]);
            WritePostings(writer, index.PostingLists);
        }

        var bytes = new byte[HeaderLength + payload.Length + ChecksumLength];
        Magic.CopyTo(bytes, 0);
        BitConverter.TryWriteBytes(bytes.AsSpan(8), FormatVersion);
        BitConverter.TryWriteBytes(bytes.AsSpan(12), payload.Length);
        payload.GetBuffer().AsSpan(0, (int)payload.Length).CopyTo(bytes.AsSpan(HeaderLength));
        XxHash128.Hash(bytes.AsSpan(0, bytes.Length - ChecksumLength), bytes.AsSpan(bytes.Length - ChecksumLength));
        destination.Write(bytes);
    }

    /// <summary>
    /// The index saved in <paramref name="data"/>, or null with the <paramref name="reason"/> when the snapshot cannot
    /// be used: another format, another matcher or build (<see cref="Fingerprint"/>), another content key, a wrong
    /// length or checksum (truncated or corrupt), or contents that do not fit together.
    /// </summary>
    /// <param name="data">The whole snapshot.</param>
    /// <param name="matcher">The matcher the index must be of.</param>
    /// <param name="contentKey">The content key the snapshot must have been written under.</param>
    /// <param name="reason">Why the snapshot was refused; null when it was loaded.</param>
    public static ScreeningIndex? TryRead(byte[] data, Matcher matcher, string contentKey, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(contentKey);
        if (data.Length < HeaderLength + ChecksumLength || !data.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            reason = "not a screening index snapshot";
            return null;
        }

        var format = BitConverter.ToInt32(data, 8);
        if (format != FormatVersion)
        {
            reason = $"snapshot format {format}, expected {FormatVersion}";
            return null;
        }

        var payloadLength = BitConverter.ToInt64(data, 12);
        if (payloadLength != data.Length - HeaderLength - ChecksumLength)
        {
            reason = $"snapshot is {data.Length:N0} bytes, its header says {payloadLength + HeaderLength + ChecksumLength:N0} (truncated or overwritten)";
            return null;
        }

        Span<byte> checksum = stackalloc byte[ChecksumLength];
        XxHash128.Hash(data.AsSpan(0, data.Length - ChecksumLength), checksum);
        if (!checksum.SequenceEqual(data.AsSpan(data.Length - ChecksumLength)))
        {
            reason = "snapshot checksum does not match its contents (corrupt)";
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(data, HeaderLength, (int)payloadLength, writable: false), Encoding.UTF8);
            if (reader.ReadString() != Fingerprint(matcher))
            {
                reason = "snapshot was made by another matcher, options or build of Cordon";
                return null;
            }

            if (reader.ReadString() != contentKey)
            {
                reason = "snapshot was made from other list contents";
                return null;
            }

            var entitiesAt = (int)reader.BaseStream.Position;
            var entitiesLength = reader.ReadInt32();
            reader.BaseStream.Position += entitiesLength;

            // The entries are JSON and the slowest part to read: they are read on the thread pool while this thread reads
            // the tokens, names and postings.
            var entities = Task.Run(() => ReadEntities(data, HeaderLength + entitiesAt + 4, entitiesLength));
            var names = ReadNames(reader, out var seedWords);
            var postings = ReadPostings(reader, names.Count);
            if (reader.BaseStream.Position != reader.BaseStream.Length)
            {
                throw new InvalidDataException("bytes left over after the posting lists");
            }

            var parts = new IndexParts(entities.GetAwaiter().GetResult(), names);
            if (names.Exists(n => n.Entity < 0 || n.Entity >= parts.Entities.Count))
            {
                throw new InvalidDataException("a name refers to an entry that is not in the snapshot");
            }

            seedWords();
            reason = null;
            return new ScreeningIndex(matcher, parts, postings);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or JsonException or ArgumentException or IndexOutOfRangeException or OverflowException or FormatException or NotSupportedException)
        {
            reason = "snapshot contents are inconsistent: " + e.Message;
            return null;
        }
    }

    private static void WriteEntities(BinaryWriter writer, IReadOnlyList<ListedEntity> entities)
    {
        using var section = new MemoryStream();
        using (var inner = new BinaryWriter(section, Encoding.UTF8, leaveOpen: true))
        {
            inner.Write(entities.Count);
            foreach (var entity in entities)
            {
                var json = Encoding.UTF8.GetBytes(CordonJson.Serialize(entity));
                inner.Write(json.Length);
                inner.Write(json);
            }
        }

        writer.Write(checked((int)section.Length));
        writer.Write(section.GetBuffer(), 0, (int)section.Length);
    }

    private static ListedEntity[] ReadEntities(byte[] data, int start, int length)
    {
        var end = start + length;
        var count = BitConverter.ToInt32(data, start);
        if (count < 0 || count > length / 4)
        {
            throw new InvalidDataException("entry count out of range");
        }

        var offsets = new (int Start, int Length)[count];
        var at = start + 4;
        for (var i = 0; i < count; i++)
        {
            var size = at + 4 <= end ? BitConverter.ToInt32(data, at) : -1;
            if (size < 0 || at + 4 + size > end)
            {
                throw new InvalidDataException($"entry {i} runs past its section");
            }

            offsets[i] = (at + 4, size);
            at += 4 + size;
        }

        var entities = new ListedEntity[count];
        Parallel.For(0, count, i =>
        {
            entities[i] = JsonSerializer.Deserialize<ListedEntity>(data.AsSpan(offsets[i].Start, offsets[i].Length), CordonJson.Options)
                ?? throw new InvalidDataException($"entry {i} is null");
        });
        return entities;
    }

    private static void WriteNames(BinaryWriter writer, List<(int Entity, NormalisedName Name, NameSource Source)> names)
    {
        // Tokens are shared between names (the normaliser caches them by word): each is written once and named by number.
        var ids = new Dictionary<NameToken, int>(ReferenceEqualityComparer.Instance);
        var tokens = new List<NameToken>();
        int Id(NameToken? token)
        {
            if (token is null)
            {
                return -1;
            }

            if (!ids.TryGetValue(token, out var id))
            {
                ids[token] = id = tokens.Count;
                tokens.Add(token);
            }

            return id;
        }

        var rows = new List<(int Entity, NameSource Source, string Original, int[] Tokens, byte[] Links, int[] Pairs, int[] Triples)>(names.Count);
        var words = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (entity, name, source) in names)
        {
            rows.Add((entity, source, name.Original, [.. name.Tokens.Select(Id)], name.Links, [.. name.Pairs.Select(Id)], [.. name.Triples.Select(Id)]));
            foreach (var word in NameNormaliser.WordsOf(name.Original))
            {
                if (!words.ContainsKey(word))
                {
                    words[word] = [.. NameNormaliser.Word(word).Select(Id)];
                }
            }
        }

        writer.Write(tokens.Count);
        foreach (var t in tokens)
        {
            writer.Write(t.Text);
            writer.Write7BitEncodedInt(t.Forms.Length);
            for (var i = 0; i < t.Forms.Length; i++)
            {
                writer.Write(t.Forms[i]);
                WriteOptional(writer, t.Keys[i]);
                WriteOptional(writer, t.GeneralKeys[i]);
            }

            writer.Write7BitEncodedInt(t.FuzzyForms);
            writer.Write(t.Skeleton);
            writer.Write((byte)t.Script);
            writer.Write((byte)t.Class);
            writer.Write(t.UpperCase);
        }

        writer.Write(rows.Count);
        foreach (var row in rows)
        {
            writer.Write7BitEncodedInt(row.Entity);
            writer.Write((byte)row.Source);
            writer.Write(row.Original);
            writer.Write7BitEncodedInt(row.Tokens.Length);
            foreach (var id in row.Tokens.Concat(row.Pairs).Concat(row.Triples))
            {
                writer.Write7BitEncodedInt(id + 1);
            }

            writer.Write(row.Links);
        }

        // The normaliser's tokens of every word of the listed names: queries are mostly made of such words.
        writer.Write(words.Count);
        foreach (var (word, wordTokens) in words)
        {
            writer.Write(word);
            writer.Write7BitEncodedInt(wordTokens.Length);
            foreach (var id in wordTokens)
            {
                writer.Write7BitEncodedInt(id);
            }
        }
    }

    private static List<(int Entity, NormalisedName Name, NameSource Source)> ReadNames(BinaryReader reader, out Action seedWords)
    {
        var tokenCount = reader.ReadInt32();
        var tokens = new NameToken[Count(tokenCount, reader)];
        for (var k = 0; k < tokens.Length; k++)
        {
            var text = reader.ReadString();
            var forms = new string[reader.Read7BitEncodedInt()];
            var keys = new string?[forms.Length];
            var generalKeys = new string?[forms.Length];
            if (forms.Length == 0)
            {
                throw new InvalidDataException($"token {k} has no forms");
            }

            for (var i = 0; i < forms.Length; i++)
            {
                forms[i] = reader.ReadString();
                keys[i] = ReadOptional(reader);
                generalKeys[i] = ReadOptional(reader);
            }

            var fuzzy = reader.Read7BitEncodedInt();
            var skeleton = reader.ReadString();
            var script = (Script)reader.ReadByte();
            var tokenClass = (TokenClass)reader.ReadByte();
            var upper = reader.ReadBoolean();
            if (fuzzy > forms.Length || !Enum.IsDefined(script) || !Enum.IsDefined(tokenClass))
            {
                throw new InvalidDataException($"token {k} is malformed");
            }

            tokens[k] = new NameToken(text, forms, fuzzy, keys, generalKeys, skeleton, script, tokenClass, upper);
        }

        NameToken? Token(int id) => id == 0 ? null : tokens[id - 1];

        var nameCount = reader.ReadInt32();
        var names = new List<(int, NormalisedName, NameSource)>(Count(nameCount, reader));
        for (var n = 0; n < nameCount; n++)
        {
            var entity = reader.Read7BitEncodedInt();
            var source = (NameSource)reader.ReadByte();
            var original = reader.ReadString();
            var length = reader.Read7BitEncodedInt();
            if (length <= 0 || !Enum.IsDefined(source))
            {
                throw new InvalidDataException($"name {n} is malformed");
            }

            var nameTokens = new NameToken[length];
            for (var i = 0; i < length; i++)
            {
                nameTokens[i] = Token(reader.Read7BitEncodedInt()) ?? throw new InvalidDataException($"name {n} has a missing token");
            }

            var pairs = new NameToken?[length - 1];
            for (var i = 0; i < pairs.Length; i++)
            {
                pairs[i] = Token(reader.Read7BitEncodedInt());
            }

            var triples = new NameToken?[Math.Max(0, length - 2)];
            for (var i = 0; i < triples.Length; i++)
            {
                triples[i] = Token(reader.Read7BitEncodedInt());
            }

            var links = reader.ReadBytes(length - 1);
            names.Add((entity, new NormalisedName(original, nameTokens, links, pairs, triples), source));
        }

        var wordCount = reader.ReadInt32();
        var words = new (string Word, NameToken[] Tokens)[Count(wordCount, reader)];
        for (var w = 0; w < words.Length; w++)
        {
            var word = reader.ReadString();
            var wordTokens = new NameToken[Count(reader.Read7BitEncodedInt(), reader)];
            for (var i = 0; i < wordTokens.Length; i++)
            {
                wordTokens[i] = tokens[reader.Read7BitEncodedInt()];
            }

            words[w] = (word, wordTokens);
        }

        // Only once everything has been read: a snapshot refused half-way leaves the normaliser's cache as it was.
        seedWords = () =>
        {
            foreach (var (word, wordTokens) in words)
            {
                NameNormaliser.Seed(word, wordTokens);
            }
        };
        return names;
    }

    private static void WritePostings(BinaryWriter writer, IReadOnlyDictionary<string, int[]> postings)
    {
        writer.Write(postings.Count);
        foreach (var (key, names) in postings)
        {
            writer.Write(key);
            writer.Write7BitEncodedInt(names.Length);

            // Positions are ascending (names are posted in order): the gaps are small numbers.
            var previous = -1;
            foreach (var n in names)
            {
                writer.Write7BitEncodedInt(n - previous);
                previous = n;
            }
        }
    }

    private static Dictionary<string, int[]> ReadPostings(BinaryReader reader, int nameCount)
    {
        var count = reader.ReadInt32();
        var postings = new Dictionary<string, int[]>(Count(count, reader), StringComparer.Ordinal);
        for (var k = 0; k < count; k++)
        {
            var key = reader.ReadString();
            var names = new int[Count(reader.Read7BitEncodedInt(), reader)];
            var previous = -1;
            for (var i = 0; i < names.Length; i++)
            {
                var gap = reader.Read7BitEncodedInt();
                previous += gap;
                if (gap <= 0 || previous >= nameCount)
                {
                    throw new InvalidDataException($"posting list '{key}' refers to a name that is not in the snapshot");
                }

                names[i] = previous;
            }

            postings.Add(key, names);
        }

        return postings;
    }

    /// <summary>A count read from the file, checked against the bytes left so a corrupt count cannot allocate gigabytes.</summary>
    private static int Count(int count, BinaryReader reader) =>
        count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position
            ? count
            : throw new InvalidDataException($"count {count} is out of range");

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
