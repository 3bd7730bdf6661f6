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

    private readonly IReadOnlyList<ApplicationRecord> _records;
    private readonly string[] _names;
    private readonly Dictionary<string, List<int>> _devices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _ips = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _payouts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _resumes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _shipping = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<(int Record, ulong Hash)>> _photoChunks = [];

    public BatchIndex(IReadOnlyList<ApplicationRecord> records)
    {
        _records = records;
        _names = new string[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            _names[i] = Text.NameKey(r.Person.FullName);
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

            if (ResumeKey(r) is { } resume)
            {
                Add(_resumes, resume, i);
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

    /// <summary>Other records, of other people, that used this device.</summary>
    public IReadOnlyList<int> OthersWithDevice(int self, string device) => Others(_devices, device.Trim(), self);

    /// <summary>Other records, of other people, seen from this IP.</summary>
    public IReadOnlyList<int> OthersWithIp(int self, string ip) => Others(_ips, ip.Trim(), self);

    /// <summary>Other records, of other people, paid into this account.</summary>
    public IReadOnlyList<int> OthersWithPayout(int self, Records.PaymentMethod method) =>
        PayoutKey(method) is { } key ? Others(_payouts, key, self) : [];

    /// <summary>Other records, of other people, with the same résumé once names and numbers are removed.</summary>
    public IReadOnlyList<int> OthersWithResume(int self) =>
        ResumeKey(_records[self]) is { } key ? Others(_resumes, key, self) : [];

    /// <summary>Other records, of other people, shipping equipment to the same address.</summary>
    public IReadOnlyList<int> OthersWithShipping(int self, Records.Address address) => Others(_shipping, Text.AddressKey(address), self);

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

    private List<int> Others(Dictionary<string, List<int>> map, string key, int self)
    {
        if (!map.TryGetValue(key, out var list) || list.Count < 2)
        {
            return [];
        }

        var others = new List<int>();
        foreach (var i in list)
        {
            if (i != self && !others.Contains(i) && DifferentPerson(self, i))
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

    /// <summary>The résumé with the person's own names, digits and punctuation removed; null when too short to compare.</summary>
    private static string? ResumeKey(ApplicationRecord r)
    {
        if (string.IsNullOrWhiteSpace(r.ResumeText) || r.ResumeText.Length < 200)
        {
            return null;
        }

        var own = new HashSet<string>(Text.NameKey(r.Person.FullName).Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        var builder = new StringBuilder(r.ResumeText.Length);
        foreach (var word in r.ResumeText.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string(word.Where(char.IsLetter).ToArray());
            if (letters.Length == 0 || own.Contains(letters))
            {
                continue;
            }

            builder.Append(letters).Append(' ');
        }

        return builder.Length < 150 ? null : builder.ToString();
    }
}
