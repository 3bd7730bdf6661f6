using System.Text.Json;

namespace Cordon.Risk.Evaluation;

/// <summary>
/// Sorts records into the fairness cohorts the issue names: a Korean name (a common Korean family name or Hangul in a name),
/// Korean nationality, a Korean-language browser setting; records in none of them form <c>none_of_these</c>.
/// A record can be in several cohorts.
/// </summary>
public static class FairnessCohorts
{
    /// <summary>Records whose name is Korean.</summary>
    public const string KoreanName = "korean_name";

    /// <summary>Records whose nationality is KR.</summary>
    public const string KoreanNationality = "kr_nationality";

    /// <summary>Records with a session whose accept-language starts with Korean.</summary>
    public const string KoreanLanguage = "ko_language";

    /// <summary>Records in any of the Korean cohorts.</summary>
    public const string AnyKorean = "any_korean";

    /// <summary>Records in none of the Korean cohorts.</summary>
    public const string NoneOfThese = "none_of_these";

    private static readonly HashSet<string> KoreanFamilyNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Kim", "Lee", "Yi", "Rhee", "Park", "Pak", "Bak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Kang", "Cho", "Jo", "Yoon", "Yun",
        "Jang", "Chang", "Lim", "Im", "Han", "Shin", "Sin", "Seo", "Suh", "Kwon", "Hwang", "Ahn", "An", "Song", "Yoo", "Ryu", "Hong",
        "Jeon", "Chun", "Ko", "Koh", "Moon", "Mun", "Yang", "Son", "Bae", "Baek", "Paik", "Heo", "Huh", "Nam", "Noh", "Roh", "Ha",
        "Kwak", "Sung", "Cha", "Joo", "Ju", "Woo", "Min", "Na", "Jin", "Ji", "Eom", "Um", "Byun", "Chae", "Won", "Bang", "Gong", "Hyun",
    };

    /// <summary>The cohorts of one record in the application schema.</summary>
    /// <param name="json">The record.</param>
    /// <returns>The cohort names; <see cref="NoneOfThese"/> alone when the record is in no Korean cohort.</returns>
    public static IReadOnlyList<string> Classify(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var cohorts = new List<string>();
        if (root.TryGetProperty("person", out var person) && person.ValueKind == JsonValueKind.Object)
        {
            if (HasKoreanName(person))
            {
                cohorts.Add(KoreanName);
            }

            if (person.TryGetProperty("nationality", out var nationality) && nationality.ValueKind == JsonValueKind.String && nationality.GetString() == "KR")
            {
                cohorts.Add(KoreanNationality);
            }
        }

        if (root.TryGetProperty("sessions", out var sessions) && sessions.ValueKind == JsonValueKind.Array
            && sessions.EnumerateArray().Any(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("accept_language", out var language)
                && language.ValueKind == JsonValueKind.String && (language.GetString() ?? string.Empty).StartsWith("ko", StringComparison.OrdinalIgnoreCase)))
        {
            cohorts.Add(KoreanLanguage);
        }

        if (cohorts.Count == 0)
        {
            cohorts.Add(NoneOfThese);
        }
        else
        {
            cohorts.Add(AnyKorean);
        }

        return cohorts;
    }

    /// <summary>The cohorts of every record of a JSON-lines input, keyed by record id; lines that are not objects with an id are skipped.</summary>
    /// <param name="jsonLines">The records, one per line.</param>
    /// <returns>The cohorts keyed by record id.</returns>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> FromJsonLines(IEnumerable<string> jsonLines)
    {
        ArgumentNullException.ThrowIfNull(jsonLines);
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var line in jsonLines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string? id;
            try
            {
                using var document = JsonDocument.Parse(line);
                id = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("id", out var value)
                    && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            }
            catch (JsonException)
            {
                continue;
            }

            if (id is not null)
            {
                result[id] = Classify(line);
            }
        }

        return result;
    }

    private static bool HasKoreanName(JsonElement person)
    {
        if (person.TryGetProperty("family_name", out var family) && family.ValueKind == JsonValueKind.String
            && KoreanFamilyNames.Contains(family.GetString() ?? string.Empty))
        {
            return true;
        }

        var names = new List<string>();
        if (person.TryGetProperty("full_name", out var full) && full.ValueKind == JsonValueKind.String)
        {
            names.Add(full.GetString() ?? string.Empty);
        }

        if (person.TryGetProperty("other_names", out var others) && others.ValueKind == JsonValueKind.Array)
        {
            names.AddRange(others.EnumerateArray().Where(o => o.ValueKind == JsonValueKind.String).Select(o => o.GetString() ?? string.Empty));
        }

        if (!person.TryGetProperty("family_name", out _) && names.Count > 0)
        {
            var tokens = names[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length > 1 && (KoreanFamilyNames.Contains(tokens[0]) || KoreanFamilyNames.Contains(tokens[^1])))
            {
                return true;
            }
        }

        return names.Any(n => n.Any(c => c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF'));
    }
}
