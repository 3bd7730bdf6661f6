using System.Globalization;
using Cordon.Core;

namespace Cordon.Screening;

/// <summary>
/// A screening subject as it arrives from outside (CSV row, JSON body): plain strings, not yet trusted.
/// <see cref="TryCreate"/> turns it into a <see cref="ScreeningSubject"/> or says exactly what is wrong.
/// Request bodies that carry a subject at their top level derive from it, so every entry point accepts the same fields.
/// </summary>
public record SubjectInput
{
    /// <summary>Longest name accepted. Real names, even with all aliases joined, are far shorter; longer input is a mistake or an attack.</summary>
    public const int MaxNameLength = 500;

    /// <summary>Most identifiers (documents, e-mails, websites, wallets) accepted per subject.</summary>
    public const int MaxIdentifiers = 50;

    /// <summary>The name (required).</summary>
    public string? Name { get; init; }

    /// <summary>person, organization, vessel, aircraft or any (default any).</summary>
    public string? Type { get; init; }

    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public string? DateOfBirth { get; init; }

    /// <summary>Country name or ISO code.</summary>
    public string? Nationality { get; init; }

    /// <summary>male or female.</summary>
    public string? Gender { get; init; }

    /// <summary>Identity-document numbers.</summary>
    public IReadOnlyList<string>? DocumentNumbers { get; init; }

    /// <summary>E-mail addresses.</summary>
    public IReadOnlyList<string>? EmailAddresses { get; init; }

    /// <summary>Websites or domains.</summary>
    public IReadOnlyList<string>? Websites { get; init; }

    /// <summary>Crypto-currency wallet addresses.</summary>
    public IReadOnlyList<string>? WalletAddresses { get; init; }

    /// <summary>Validates and converts; on failure <paramref name="error"/> names the field and the reason.</summary>
    public bool TryCreate(out ScreeningSubject subject, out string error)
    {
        subject = null!;
        var name = Name?.Trim() ?? string.Empty;
        if (name.Length == 0 && (DocumentNumbers?.Count ?? 0) + (EmailAddresses?.Count ?? 0) + (Websites?.Count ?? 0) + (WalletAddresses?.Count ?? 0) == 0)
        {
            error = "name is empty";
            return false;
        }

        if (name.Length > MaxNameLength)
        {
            error = $"name is {name.Length} characters long; at most {MaxNameLength} are accepted";
            return false;
        }

        if (name.Any(c => char.IsControl(c)))
        {
            error = "name contains control characters";
            return false;
        }

        if (FieldWithUnpairedSurrogate() is { } field)
        {
            error = $"{field} is not valid Unicode text: it holds half of a surrogate pair";
            return false;
        }

        if (!TryParseKind(Type, out var kind))
        {
            error = $"type '{Type}' is not one of person, organization, vessel, aircraft, any";
            return false;
        }

        PartialDate? dateOfBirth = null;
        if (!string.IsNullOrWhiteSpace(DateOfBirth))
        {
            if (!TryParseDate(DateOfBirth.Trim(), out var parsed))
            {
                error = $"date_of_birth '{DateOfBirth}' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD";
                return false;
            }

            dateOfBirth = parsed;
        }

        string? gender = null;
        if (!string.IsNullOrWhiteSpace(Gender))
        {
            gender = Gender.Trim().ToUpperInvariant() switch
            {
                "M" or "MALE" => "Male",
                "F" or "FEMALE" => "Female",
                _ => null,
            };
            if (gender is null)
            {
                error = $"gender '{Gender}' is not male or female";
                return false;
            }
        }

        var identifiers = new[] { DocumentNumbers, EmailAddresses, Websites, WalletAddresses };
        if (identifiers.Sum(l => l?.Count ?? 0) > MaxIdentifiers)
        {
            error = $"more than {MaxIdentifiers} identifiers given";
            return false;
        }

        if (identifiers.Any(l => l is not null && l.Any(v => v is null || v.Length > MaxNameLength)))
        {
            error = $"an identifier is empty or longer than {MaxNameLength} characters";
            return false;
        }

        subject = new ScreeningSubject
        {
            Name = name,
            Kind = kind,
            DateOfBirth = dateOfBirth,
            Nationality = string.IsNullOrWhiteSpace(Nationality) ? null : Nationality.Trim(),
            Gender = gender,
            DocumentNumbers = Clean(DocumentNumbers),
            EmailAddresses = Clean(EmailAddresses),
            Websites = Clean(Websites),
            WalletAddresses = Clean(WalletAddresses),
        };
        error = string.Empty;
        return true;
    }

    /// <summary>Parses a subject type as written in CSV files and requests; empty means any.</summary>
    public static bool TryParseKind(string? text, out SubjectKind kind)
    {
        kind = (text?.Trim().ToUpperInvariant() ?? string.Empty) switch
        {
            "" or "ANY" => SubjectKind.Any,
            "PERSON" or "INDIVIDUAL" => SubjectKind.Person,
            "ORGANIZATION" or "ORGANISATION" or "ENTITY" or "COMPANY" => SubjectKind.Organization,
            "VESSEL" => SubjectKind.Vessel,
            "AIRCRAFT" => SubjectKind.Aircraft,
            _ => (SubjectKind)(-1),
        };
        return Enum.IsDefined(kind);
    }

    /// <summary>Parses YYYY, YYYY-MM or YYYY-MM-DD into a partial date, rejecting impossible dates.</summary>
    public static bool TryParseDate(string text, out PartialDate date)
    {
        date = null!;
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1800 || year > 2200)
        {
            return false;
        }

        int? month = null, day = null;
        if (parts.Length >= 2)
        {
            if (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
            {
                return false;
            }

            month = m;
        }

        if (parts.Length == 3)
        {
            if (parts[2].Length != 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return false;
            }

            day = d;
        }

        date = new PartialDate(text, year, month, day);
        return true;
    }

    // A .NET string can hold half of a surrogate pair (a JSON body cannot: the binder refuses it), which no normaliser accepts.
    private string? FieldWithUnpairedSurrogate()
    {
        (string Field, string? Value)[] texts = [("name", Name), ("type", Type), ("date_of_birth", DateOfBirth), ("nationality", Nationality), ("gender", Gender)];
        foreach (var (field, value) in texts)
        {
            if (value is not null && UnicodeText.IndexOfUnpairedSurrogate(value) >= 0)
            {
                return field;
            }
        }

        (string Field, IReadOnlyList<string>? Values)[] lists =
            [("document_numbers", DocumentNumbers), ("email_addresses", EmailAddresses), ("websites", Websites), ("wallet_addresses", WalletAddresses)];
        foreach (var (field, values) in lists)
        {
            for (var i = 0; i < (values?.Count ?? 0); i++)
            {
                if (values![i] is { } value && UnicodeText.IndexOfUnpairedSurrogate(value) >= 0)
                {
                    return $"{field}[{i}]";
                }
            }
        }

        return null;
    }

    private static string[] Clean(IReadOnlyList<string>? values) =>
        values is null ? [] : values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
}
