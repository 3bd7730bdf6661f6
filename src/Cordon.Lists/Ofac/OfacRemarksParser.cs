using System.Text.RegularExpressions;
using Cordon.Core;

namespace Cordon.Lists.Ofac;

/// <summary>
/// Reads the semicolon-separated remarks of the legacy OFAC CSV (and of <c>sdn_comments.csv</c>) into fields:
/// dates and places of birth, nationalities, identity documents, weak a.k.a.s, contact details,
/// digital currency addresses, links and vessel/aircraft particulars. Pure and thread-safe.
/// </summary>
public static partial class OfacRemarksParser
{
    // Labels OFAC puts before a document or registration number. Matched longest first, as a prefix followed by a space.
    private static readonly string[] DocumentLabels = SortLongestFirst(
    [
        "Passport", "Passport No.:", "Diplomatic Passport", "Passport Booklet", "Passport Booklet:",
        "British National Overseas Passport", "Stateless Person Passport", "Travel Document Number",
        "National ID No.", "National ID No.:", "National Foreign ID Number", "Identification Number",
        "Personal ID Card", "Kenyan ID No.", "Moroccan Personal ID No.", "Bosnian Personal ID No.", "Citizen's Card Number",
        "Turkish Identification Number", "Turkish Identificiation Number", "Tazkira National ID Card", "UAE Identification",
        "Stateless Person ID Card", "Refugee ID Card", "Residency Number", "Birth Certificate Number", "Numero de Identidad",
        "Cedula No.", "D.N.I.", "N.I.E.", "C.U.R.P.", "C.U.R.P. #", "C.U.I.P.", "C.U.I.T.", "C.U.I.", "C.I.F.", "I.F.E.",
        "R.F.C.", "R.F.C. #", "RFC", "NIT #", "RUC #", "RIF #", "RTN", "LE Number", "SSN", "US FEIN",
        "Cartilla de Servicio Militar Nacional", "Credencial electoral", "Electoral Registry No.", "VisaNumberID",
        "Driver's License No.", "Pilot License Number", "Seafarer's Identification Document", "Immigration No.",
        "Public Security and Immigration No.", "SRE Permit No.", "CNP (Personal Numerical Code)",
        "Romanian Permanent Resident CAN", "Italian Fiscal Code", "Italian Fiscal Code:", "Fiscal Code",
        "Tax ID No.", "V.A.T. Number", "Romanian Tax Registration", "Paraguayan tax identification number",
        "Numero Unico de Identificacao Tributaria (NUIT)",
        "Registration ID", "Registration Number", "Business Registration Number", "Business Registration Document #",
        "Public Registration Number", "Commercial Registry Number", "Central Registration System Number",
        "Company Number", "UK Company Number", "Enterprise Number", "Business Number", "Branch Unit Number",
        "Certificate of Incorporation Number", "Chamber of Commerce Number", "Dubai Chamber of Commerce Membership No.",
        "Matricula Mercantil No", "Folio Mercantil No.", "Government Gazette Number", "Legal Entity Number",
        "Unified Social Credit Code (USCC)", "United Social Credit Code Certificate (USCCC)", "Trade License No.",
        "Tourism License No.", "Registered Charity No.", "C.R. No.", "Romanian C.R.", "MSB Registration Number",
        "Afghan Money Service Provider License Number", "RSIN", "D-U-N-S Number", "File Number", "License",
        "SWIFT/BIC", "BIK (RU)", "ISIN",
        "Vessel Registration Identification", "International Maritime Organization No.", "MMSI",
    ]);

    // Vessel and aircraft particulars written in the remarks (the CSV columns hold only the main ones).
    private static readonly string[] ParticularLabels = SortLongestFirst(
    [
        "Aircraft Manufacture Date", "Aircraft Model", "Aircraft Manufacturer's Serial Number (MSN)",
        "Aircraft Construction Number (also called L/N or S/N or F/N)", "Aircraft Operator", "Aircraft Tail Number",
        "Previous Aircraft Tail Number", "Aircraft Mode S Transponder Code", "Aircraft Registration Number",
        "Former Vessel Flag", "Other Vessel Call Sign", "Other Vessel Flag", "Other Vessel Type", "Vessel Year of Build",
        "Nationality of Registration",
    ]);

    private static readonly string[] PhoneLabels = SortLongestFirst(
    [
        "Phone Number", "Phone No.", "Phone", "PHONE", "Telephone", "Telephone No.", "Telephone:", "Telephone Number:",
        "Fax", "Fax No.", "Fax:", "FAX",
    ]);

    private static readonly string[] NoteMarkers =
        [" issued ", " expires ", " expired ", ", issued ", ", expired ", ", Issue Date ", " Issue Date ", " Expire Date ", " valid "];

    private static readonly string[] AliasPrefixes = ["a.k.a. '", "f.k.a. '", "n.k.a. '"];

    /// <summary>Parses a remarks text. Null, blank and <c>-0-</c> give an empty result.</summary>
    /// <param name="remarks">The remarks, with any overflow from the comments file already appended.</param>
    /// <returns>The recognised fields and the items left over.</returns>
    public static OfacRemarks Parse(string? remarks)
    {
        if (remarks is null || OfacCsvFile.IsEmpty(remarks))
        {
            return new OfacRemarks();
        }

        var dobs = new List<PartialDate>();
        var established = new List<PartialDate>();
        var pobs = new List<string>();
        var nationalities = new List<string>();
        var citizenships = new List<string>();
        string? gender = null;
        var documents = new List<IdentityDocument>();
        var aliases = new List<Alias>();
        var emails = new List<string>();
        var websites = new List<string>();
        var phones = new List<string>();
        var wallets = new List<DigitalCurrencyAddress>();
        var links = new List<string>();
        var particulars = new List<KeyValuePair<string, string>>();
        var unmapped = new List<string>();

        var items = Split(remarks);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var body = StripAlt(item);

            // A final full stop ends the whole remarks, not the item; names ending in "S.A." keep theirs (see Linked To).
            var value = body.EndsWith('.') && !body.EndsWith("'.", StringComparison.Ordinal) ? body[..^1].TrimEnd() : body;

            if (TryAlias(body, out var alias))
            {
                aliases.Add(alias);
            }
            else if (After(value, "DOB ") is { } dob)
            {
                dobs.Add(OfacDates.Parse(dob));
            }
            else if (After(value, "Organization Established Date ") is { } est)
            {
                established.Add(OfacDates.Parse(est));
            }
            else if (After(value, "POB ") is { } pob)
            {
                pobs.Add(pob);
            }
            else if (After(value, "nationality ", StringComparison.Ordinal) is { } nationality)
            {
                nationalities.Add(nationality);
            }
            else if (After(value, "citizen ", StringComparison.Ordinal) is { } citizen)
            {
                citizenships.Add(citizen);
            }
            else if (After(value, "Gender ") is { } g && g is "Male" or "Female")
            {
                gender = g;
            }
            else if (After(body, "Linked To: ") is { } linked)
            {
                links.Add(linked);
            }
            else if (After(value, "Email Address ") is { } email)
            {
                emails.Add(email);
            }
            else if (After(value, "Website ") is { } website)
            {
                websites.Add(website);
            }
            else if (DigitalCurrency().Match(value) is { Success: true } wallet)
            {
                wallets.Add(new DigitalCurrencyAddress(wallet.Groups["code"].Value, wallet.Groups["address"].Value));
            }
            else if (Labelled(value, PhoneLabels) is { } phone)
            {
                phones.Add(phone.Value);
            }
            else if (Labelled(value, ParticularLabels) is { } particular)
            {
                particulars.Add(new KeyValuePair<string, string>(particular.Label, particular.Value));
            }
            else if (Labelled(value, DocumentLabels) is { } document)
            {
                documents.Add(ToDocument(document.Label, document.Value));
            }
            else
            {
                unmapped.Add(item);
            }
        }

        return new OfacRemarks
        {
            DatesOfBirth = dobs,
            EstablishedDates = established,
            PlacesOfBirth = pobs,
            Nationalities = nationalities,
            Citizenships = citizenships,
            Gender = gender,
            Documents = documents,
            Aliases = aliases,
            EmailAddresses = emails,
            Websites = websites,
            PhoneNumbers = phones,
            DigitalCurrencyAddresses = wallets,
            LinkedTo = links,
            Particulars = particulars,
            Unmapped = unmapped,
        };
    }

    /// <summary>
    /// Splits remarks into items at semicolons, except inside a quoted alias (<c>a.k.a. 'X; Y'</c>), whose quote closes only
    /// at a quote followed by a semicolon, a final full stop or the end: names such as <c>'ABU-'UBAYDAH'</c> contain quotes.
    /// </summary>
    /// <param name="remarks">The remarks text.</param>
    /// <returns>The items, trimmed, without empty ones.</returns>
    public static IReadOnlyList<string> Split(string remarks)
    {
        ArgumentNullException.ThrowIfNull(remarks);
        var items = new List<string>();
        var start = 0;
        while (start < remarks.Length)
        {
            while (start < remarks.Length && remarks[start] == ' ')
            {
                start++;
            }

            var searchFrom = start;
            var body = StripAltAt(remarks, start);
            foreach (var prefix in AliasPrefixes)
            {
                if (string.CompareOrdinal(remarks, body, prefix, 0, prefix.Length) == 0)
                {
                    var close = ClosingQuote(remarks, body + prefix.Length);
                    if (close > 0)
                    {
                        searchFrom = close;
                    }

                    break;
                }
            }

            var end = remarks.IndexOf(';', searchFrom);
            if (end < 0)
            {
                end = remarks.Length;
            }

            var item = remarks[start..end].Trim();
            if (item.Length > 0)
            {
                items.Add(item);
            }

            start = end + 1;
        }

        return items;
    }

    /// <summary>Splits a document's text after its label into number, issuing country (the last parenthesis) and note.</summary>
    /// <param name="label">The document label, e.g. "Passport".</param>
    /// <param name="text">What follows it, e.g. "PS 472330208 (Korea, North) expires 04 Jul 2017".</param>
    /// <returns>The document.</returns>
    public static IdentityDocument ToDocument(string label, string text)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(text);
        var type = label.TrimEnd(':').Trim();
        var main = text.Trim();
        string? note = null;
        foreach (var marker in NoteMarkers)
        {
            var at = main.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0)
            {
                note = main[at..].Trim().TrimStart(',').Trim();
                main = main[..at].Trim();
                break;
            }
        }

        string? country = null;
        var open = main.LastIndexOf(" (", StringComparison.Ordinal);
        if (open > 0)
        {
            var closeAt = main.IndexOf(')', open);
            if (closeAt > open)
            {
                country = main[(open + 2)..closeAt].Trim();
                var after = main[(closeAt + 1)..].Trim();
                if (after.Length > 0)
                {
                    note = note is null ? after : after + " " + note;
                }

                main = main[..open].Trim();
            }
        }

        var number = main.TrimEnd(',', ' ');
        return new IdentityDocument(type, number.Length > 0 ? number : text.Trim(), country, note);
    }

    [GeneratedRegex(@"^Digital Currency Address - (?<code>[A-Za-z0-9]{2,10}) (?<address>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DigitalCurrency();

    private static string[] SortLongestFirst(string[] labels) =>
        [.. labels.Distinct(StringComparer.Ordinal).OrderByDescending(l => l.Length).ThenBy(l => l, StringComparer.Ordinal)];

    private static string StripAlt(string item) => item[(StripAltAt(item, 0))..];

    // OFAC marks further values of the same kind with "alt." ("alt. Passport", "Alt. Fax:").
    private static int StripAltAt(string s, int start)
    {
        if (string.Compare(s, start, "alt. ", 0, 5, StringComparison.OrdinalIgnoreCase) == 0)
        {
            start += 5;
            while (start < s.Length && s[start] == ' ')
            {
                start++;
            }
        }

        return start;
    }

    private static int ClosingQuote(string s, int from)
    {
        for (var i = from; i < s.Length; i++)
        {
            if (s[i] != '\'')
            {
                continue;
            }

            var next = i + 1;
            if (next == s.Length || s[next] == ';' || (s[next] == '.' && (next + 1 == s.Length || s[next + 1] == ';')))
            {
                return next;
            }
        }

        return -1;
    }

    private static bool TryAlias(string body, out Alias alias)
    {
        foreach (var prefix in AliasPrefixes)
        {
            if (body.StartsWith(prefix, StringComparison.Ordinal))
            {
                var text = body[prefix.Length..].TrimEnd('.');
                if (text.EndsWith('\''))
                {
                    text = text[..^1];
                }

                var name = text.Trim();
                if (name.Length > 0)
                {
                    alias = new Alias(name, AliasStrength.Weak, prefix[..5].Replace(".", string.Empty, StringComparison.Ordinal));
                    return true;
                }
            }
        }

        alias = null!;
        return false;
    }

    private static string? After(string item, string label, StringComparison comparison = StringComparison.OrdinalIgnoreCase)
    {
        if (item.Length > label.Length && item.StartsWith(label, comparison))
        {
            var rest = item[label.Length..].Trim();
            return rest.Length > 0 ? rest : null;
        }

        return null;
    }

    private static (string Label, string Value)? Labelled(string item, string[] labels)
    {
        foreach (var label in labels)
        {
            if (item.Length > label.Length + 1 && item[label.Length] == ' ' && item.StartsWith(label, StringComparison.Ordinal))
            {
                var rest = item[(label.Length + 1)..].Trim();
                if (rest.Length > 0)
                {
                    return (label, rest);
                }
            }
        }

        return null;
    }
}
