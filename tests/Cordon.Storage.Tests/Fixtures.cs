using System.Globalization;
using Cordon.Core;

namespace Cordon.Storage.Tests;

/// <summary>Hand-made entities and snapshots for storage tests.</summary>
internal static class Fixtures
{
    public const string ListA = "test-list-a";
    public const string ListB = "test-list-b";

    /// <summary>An entity with every field set, non-ASCII text included, so a lost field shows up in round trips.</summary>
    public static ListedEntity Rich(string listId = ListA, string sourceId = "1001") => new()
    {
        ListId = listId,
        SourceId = sourceId,
        Type = EntityType.Individual,
        PrimaryName = "KIM, Jong Un",
        Aliases =
        [
            new Alias("김정은", AliasStrength.Strong, "original script"),
            new Alias("KIM Jong-un", AliasStrength.Strong, "aka"),
            new Alias("Brilliant Comrade", AliasStrength.Weak),
        ],
        DatesOfBirth = [new PartialDate("08 Jan 1984", 1984, 1, 8), new PartialDate("circa 1983", 1983, Approximate: true), new PartialDate("1982 to 1984", 1982, YearTo: 1984)],
        PlacesOfBirth = ["Pyongyang, Korea, North"],
        Nationalities = ["Korea, North"],
        Citizenships = ["KP"],
        Gender = "Male",
        Titles = ["Chairman of the State Affairs Commission"],
        Documents = [new IdentityDocument("Passport", "PS 381420041", "Korea, North", "expires 2024"), new IdentityDocument("National ID No.", "123")],
        Addresses = [new PostalAddress("Street 1\nBlock 2", "Pyongyang", "Central", "000", "Korea, North", "as of 2016"), new PostalAddress(Country: "China")],
        Programs = ["DPRK3", "DPRK4"],
        EmailAddresses = ["someone@example.kp"],
        Websites = ["www.example.kp"],
        PhoneNumbers = ["+850 2 123 4567"],
        DigitalCurrencyAddresses = [new DigitalCurrencyAddress("XBT", "1AbCdEfGhIjKlMnOpQrStUvWxYz")],
        Links = [new EntityLink("Linked To", "KOREA WORKERS' PARTY", "2002")],
        Particulars = new Dictionary<string, string> { ["Call Sign"] = "HMXY", ["Vessel Flag"] = "Korea, North", ["Tonnage"] = "1,234" },
        ListedOn = new DateOnly(2016, 7, 6),
        Remarks = "DOB 08 Jan 1984; \"quoted\" remark with a tab\tand unicode ✓.",
        SourceRecord = "1001,\"KIM, Jong Un\",\"individual\",\"DPRK3] [DPRK4\",-0-",
    };

    /// <summary>Realistic synthetic entries: varied sizes, optional fields sometimes absent. Deterministic.</summary>
    public static List<ListedEntity> Synthetic(string listId, int count, int seed = 7, string prefix = "")
    {
        var random = new Random(seed);
        var types = Enum.GetValues<EntityType>();
        var result = new List<ListedEntity>(count);
        for (var i = 0; i < count; i++)
        {
            var id = prefix + (10000 + i).ToString(CultureInfo.InvariantCulture);
            var type = types[random.Next(types.Length)];
            var aliasCount = random.Next(0, 6);
            var name = $"SYNTHETIC {Word(random)} {Word(random)} {i}";
            result.Add(new ListedEntity
            {
                ListId = listId,
                SourceId = id,
                Type = type,
                PrimaryName = name,
                Aliases = Enumerable.Range(0, aliasCount)
                    .Select(a => new Alias($"{Word(random)} {Word(random)}", a % 3 == 2 ? AliasStrength.Weak : AliasStrength.Strong, a % 2 == 0 ? "aka" : null))
                    .ToList(),
                DatesOfBirth = type == EntityType.Individual ? [new PartialDate("1970", 1950 + random.Next(50))] : [],
                Nationalities = random.Next(3) == 0 ? ["Korea, North"] : [],
                Gender = type == EntityType.Individual ? (random.Next(2) == 0 ? "Male" : "Female") : null,
                Documents = random.Next(2) == 0 ? [new IdentityDocument("Passport", random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture), "Korea, North")] : [],
                Addresses = [new PostalAddress(City: Word(random), Country: "Korea, North")],
                Programs = [random.Next(2) == 0 ? "DPRK" : "DPRK3"],
                Particulars = type == EntityType.Vessel ? new Dictionary<string, string> { ["IMO"] = random.Next(9000000, 9999999).ToString(CultureInfo.InvariantCulture) } : new Dictionary<string, string>(),
                ListedOn = random.Next(2) == 0 ? new DateOnly(2010 + random.Next(12), 1 + random.Next(12), 1 + random.Next(28)) : null,
                Remarks = random.Next(2) == 0 ? string.Join(' ', Enumerable.Range(0, 30).Select(_ => Word(random))) : null,
                SourceRecord = $"{id},\"{name}\",\"{type}\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-",
            });
        }

        return result;
    }

    public static ListSnapshot Snapshot(string listId, IReadOnlyList<ListedEntity> entities, string hash = "hash-1", DateTimeOffset? publishedAt = null) =>
        new(listId, "Test list " + listId, "test-format", hash, publishedAt, ["sdn.csv", "add.csv"], entities);

    public static WatchSubject Subject(string id, string name, DateTimeOffset? createdAt = null) =>
        new(id, new ScreeningSubject { Name = name, Kind = SubjectKind.Person, DateOfBirth = new PartialDate("1984-01", 1984, 1), Nationality = "KP", EmailAddresses = ["a@example.com"] },
            createdAt ?? new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    public static WatchMatch Match(string subjectId, string sourceId, double score = 0.9, long versionId = 1) =>
        new(subjectId, ListA, versionId, sourceId, "NAME " + sourceId, "matched " + sourceId, score, "{\"why\": [\"name\", 1]}");

    public static Alert Alert(string subjectId, string sourceId, DateTimeOffset createdAt, AlertKind kind = AlertKind.NewMatch) =>
        new(0, subjectId, kind, ListA, 1, sourceId, "NAME " + sourceId, 0.91, createdAt);

    private static string Word(Random random)
    {
        string[] syllables = ["kim", "ri", "pak", "choe", "jong", "song", "chol", "han", "kang", "yong", "trading", "shipping", "corp", "gen"];
        return string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => syllables[random.Next(syllables.Length)])).ToUpperInvariant();
    }
}
