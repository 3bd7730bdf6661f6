using System.Globalization;
using System.Text;

namespace Cordon.Risk.Rules;

/// <summary>
/// Cross-record keys of one batch (devices, IPs, payout accounts, photos, résumés, shipping addresses), built once per batch
/// so that the cross-record rules cost a dictionary look-up per value.
/// </summary>
internal sealed class BatchIndex
{
    private const int MaxPhotoDistance = 3;

    // Sentences found in more records than this are boilerplate and do not show copying.
    private const int MaxSentenceRecords = 40;
    private const int MinResumeSentences = 3;
    private const int MinSentenceWords = 5;

    private readonly IReadOnlyList<ApplicationRecord> _records;
    private readonly string[] _names;
    private readonly Dictionary<string, List<int>> _devices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _ips = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _payouts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _shipping = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<(int Record, ulong Hash)>> _photoChunks = [];
    private readonly Dictionary<string, List<int>> _sentences = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _emails = new(StringComparer.OrdinalIgnoreCase);
    private readonly string[][] _homes;
    private readonly string[][] _resumeSentences;

    public BatchIndex(IReadOnlyList<ApplicationRecord> records)
    {
        _records = records;
        _names = new string[records.Count];
        _homes = new string[records.Count][];
        _resumeSentences = new string[records.Count][];
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            _names[i] = Text.NameKey(r.Person.FullName);
            if (_names[i].Length > 0)
            {
                Add(_people, _names[i], i);
            }

            _ids.TryAdd(r.Id, i);
            foreach (var email in r.Contacts.Emails)
            {
                if (email.Contains('@', StringComparison.Ordinal))
                {
                    Add(_emails, email.Trim(), i);
                }
            }
            _homes[i] = r.Addresses.Where(a => a.Purpose is null or "home").Select(Text.AddressKey).Where(k => k.Length > 6).ToArray();
            _resumeSentences[i] = ResumeSentences(r);
            foreach (var sentence in _resumeSentences[i])
            {
                Add(_sentences, sentence, i);
            }
            foreach (var s in r.Sessions)
            {
                if (!string.IsNullOrWhiteSpace(s.DeviceId))
                {
                    Add(_devices, s.DeviceId.Trim(), i);
                }

                if (!string.IsNullOrWhiteSpace(s.Ip))
                {
                    Add(_ips, s.Ip.Trim(), i);
                }
            }

            foreach (var p in r.PaymentMethods)
            {
                if (PayoutKey(p) is { } key)
                {
                    Add(_payouts, key, i);
                }
            }

            if (r.EquipmentShipping?.Address is { } ship)
            {
                var key = Text.AddressKey(ship);
                if (key.Length > 4)
                {
                    Add(_shipping, key, i);
                }
            }

            foreach (var hash in PhotoHashes(r))
            {
                for (var chunk = 0; chunk < 4; chunk++)
                {
                    var bucket = (chunk << 16) | (int)((hash >> (16 * chunk)) & 0xFFFF);
                    if (!_photoChunks.TryGetValue(bucket, out var list))
                    {
                        list = [];
                        _photoChunks[bucket] = list;
                    }

                    if (list.Count == 0 || list[^1].Record != i || list[^1].Hash != hash)
                    {
                        list.Add((i, hash));
                    }
                }
            }
        }
    }

    public ApplicationRecord Record(int index) => _records[index];

    /// <summary>Look-alike results for the domains of this batch (employer domains repeat).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, Lookups.LookalikeFacts?> LookalikeCache { get; } = new(StringComparer.Ordinal);

    /// <summary>Parsed phone numbers of this batch, by number and default region.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<(string Raw, string? Region), Lookups.PhoneFacts?> PhoneCache { get; } = new();

    /// <summary>Sanctions screening results for the names of this batch.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<(string Name, Cordon.Core.SubjectKind Kind, string? Dob, string? Nationality), IReadOnlyList<Cordon.Matching.ScreeningMatch>> ScreeningCache { get; } = new();

    /// <summary>Other records, of other people outside the household, that used this device.</summary>
    public IReadOnlyList<int> OthersWithDevice(int self, string device) => Others(_devices, device.Trim(), self, excludeHousehold: true);

    /// <summary>Other records, of other people outside the household, seen from this IP.</summary>
    public IReadOnlyList<int> OthersWithIp(int self, string ip) => Others(_ips, ip.Trim(), self, excludeHousehold: true);

    /// <summary>Other records, of other people outside the household, paid into this account.</summary>
    public IReadOnlyList<int> OthersWithPayout(int self, Records.PaymentMethod method) =>
        PayoutKey(method) is { } key ? Others(_payouts, key, self, excludeHousehold: true) : [];

    /// <summary>Other applicants of the batch (not the same person, not the same household) with this e-mail address.</summary>
    public IReadOnlyList<int> ApplicantsWithEmail(int self, string? email) =>
        string.IsNullOrWhiteSpace(email) || !_emails.TryGetValue(email.Trim(), out var list)
            ? []
            : list.Where(i => i != self && DifferentPerson(self, i) && !SameHousehold(self, i)).Distinct().Take(50).ToList();

    /// <summary>Index of the record with this id in the batch, or -1.</summary>
    public int IndexOf(string id) => _ids.TryGetValue(id, out var i) ? i : -1;

    /// <summary>True when another record of the batch, at the same home address, is the person named <paramref name="name"/>.</summary>
    public bool IsHouseholdMember(int self, string? name)
    {
        var key = Text.NameKey(name);
        if (key.Length == 0 || !_people.TryGetValue(key, out var list))
        {
            return false;
        }

        return list.Any(i => i != self && SameHousehold(self, i));
    }

    /// <summary>Other records, of other people, whose résumé shares most of its distinctive sentences with this one.</summary>
    public IReadOnlyList<int> OthersWithResume(int self)
    {
        var mine = _resumeSentences[self];
        if (mine.Length < MinResumeSentences)
        {
            return [];
        }

        var shared = new Dictionary<int, int>();
        var distinctive = 0;
        foreach (var sentence in mine)
        {
            var list = _sentences[sentence];
            if (list.Count > MaxSentenceRecords)
            {
                continue;
            }

            distinctive++;
            foreach (var other in list)
            {
                if (other != self)
                {
                    shared[other] = shared.GetValueOrDefault(other) + 1;
                }
            }
        }

        return shared
            .Where(kv => kv.Value >= 2 && kv.Value >= 0.6 * Math.Max(distinctive, 1) && DifferentPerson(self, kv.Key))
            .Select(kv => kv.Key)
            .Order()
            .Take(50)
            .ToList();
    }

    /// <summary>Other records, of other people, shipping equipment to the same address.</summary>
    public IReadOnlyList<int> OthersWithShipping(int self, Records.Address address) => Others(_shipping, Text.AddressKey(address), self, excludeHousehold: true);

    /// <summary>Other records, of other people, whose photo or document image is within 3 bits of this hash.</summary>
    public IReadOnlyList<int> OthersWithPhoto(int self, string hex)
    {
        if (!TryHash(hex, out var hash))
        {
            return [];
        }

        var found = new List<int>();
        for (var chunk = 0; chunk < 4; chunk++)
        {
            var bucket = (chunk << 16) | (int)((hash >> (16 * chunk)) & 0xFFFF);
            if (!_photoChunks.TryGetValue(bucket, out var list))
            {
                continue;
            }

            foreach (var (record, other) in list)
            {
                if (record != self && !found.Contains(record) && ulong.PopCount(hash ^ other) <= MaxPhotoDistance && DifferentPerson(self, record))
                {
                    found.Add(record);
                }
            }
        }

        return found;
    }

    /// <summary>The key of a payout account: IBAN, bank account, provider account or wallet; null when the method names none.</summary>
    public static string? PayoutKey(Records.PaymentMethod p)
    {
        static string Clean(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

        if (!string.IsNullOrWhiteSpace(p.Address))
        {
            return "wallet:" + p.Address.Trim().ToLowerInvariant();
        }

        if (!string.IsNullOrWhiteSpace(p.Iban))
        {
            return "iban:" + Clean(p.Iban);
        }

        if (!string.IsNullOrWhiteSpace(p.AccountNumber))
        {
            return "bank:" + Clean(p.BankName ?? string.Empty) + ":" + Clean(p.AccountNumber);
        }

        if (!string.IsNullOrWhiteSpace(p.AccountId))
        {
            return "service:" + Clean(p.Provider ?? string.Empty) + ":" + p.AccountId.Trim().ToLowerInvariant();
        }

        return null;
    }

    private bool DifferentPerson(int a, int b) => _names[a].Length == 0 || _names[b].Length == 0 || _names[a] != _names[b];

    private bool SameHousehold(int a, int b) => _homes[a].Any(h => _homes[b].Contains(h, StringComparer.Ordinal));

    private List<int> Others(Dictionary<string, List<int>> map, string key, int self, bool excludeHousehold = false)
    {
        if (!map.TryGetValue(key, out var list) || list.Count < 2)
        {
            return [];
        }

        var others = new List<int>();
        foreach (var i in list)
        {
            if (i != self && !others.Contains(i) && DifferentPerson(self, i) && !(excludeHousehold && SameHousehold(self, i)))
            {
                others.Add(i);
                if (others.Count >= 50)
                {
                    break;
                }
            }
        }

        return others;
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int index)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        if (list.Count == 0 || list[^1] != index)
        {
            list.Add(index);
        }
    }

    private static IEnumerable<ulong> PhotoHashes(ApplicationRecord r)
    {
        if (r.Photo?.PerceptualHash is { } photo && TryHash(photo, out var h))
        {
            yield return h;
        }

        foreach (var d in r.IdentityDocuments)
        {
            if (d.ImageHash is { } image && TryHash(image, out var hd))
            {
                yield return hd;
            }
        }
    }

    private static bool TryHash(string hex, out ulong hash) =>
        ulong.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out hash);

    /// <summary>The résumé's sentences of five words or more, with the person's own names, digits and punctuation removed.</summary>
    private static string[] ResumeSentences(ApplicationRecord r)
    {
        if (string.IsNullOrWhiteSpace(r.ResumeText))
        {
            return [];
        }

        var own = new HashSet<string>(Text.NameKey(r.Person.FullName).Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        var sentences = new List<string>();
        foreach (var raw in r.ResumeText.Split(['.', '!', '?', '\n', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var builder = new StringBuilder(raw.Length);
            var words = 0;
            foreach (var word in raw.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var letters = new string(word.Where(char.IsLetter).ToArray());
                if (letters.Length == 0 || own.Contains(letters))
                {
                    continue;
                }

                builder.Append(letters).Append(' ');
                words++;
            }

            if (words >= MinSentenceWords)
            {
                sentences.Add(builder.ToString());
            }
        }

        return sentences.Distinct(StringComparer.Ordinal).ToArray();
    }
}
