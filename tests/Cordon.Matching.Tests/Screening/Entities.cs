using Cordon.Core;

namespace Cordon.Matching.Tests.Screening;

/// <summary>Hand-built list entries for screening tests.</summary>
internal static class Entities
{
    public static ListedEntity Person(string id, string name, string? dob = null, string? nationality = null, string? gender = null, params Alias[] aliases) =>
        new()
        {
            ListId = "test",
            SourceId = id,
            Type = EntityType.Individual,
            PrimaryName = name,
            Aliases = aliases,
            DatesOfBirth = dob is null ? [] : [ParseDate(dob)],
            Nationalities = nationality is null ? [] : [nationality],
            Gender = gender,
            SourceRecord = name,
        };

    public static ListedEntity Organisation(string id, string name, params Alias[] aliases) =>
        new()
        {
            ListId = "test",
            SourceId = id,
            Type = EntityType.Entity,
            PrimaryName = name,
            Aliases = aliases,
            SourceRecord = name,
        };

    public static PartialDate ParseDate(string text)
    {
        var parts = text.Split('-');
        return new PartialDate(
            text,
            int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture),
            parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : null,
            parts.Length > 2 ? int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) : null);
    }
}
