using Cordon.Core;

namespace Cordon.Lists.UsCsl;

/// <summary>
/// The CSL's <c>ids</c> column: <c>;</c>-separated items, each written <c>value parts…, label</c> as OFAC's
/// "ID" fields are (<c>KP, 12345, Passport</c>, <c>JO, 2014-08-30, 2009-08-31, K475336, Passport</c>,
/// <c>Male, Gender</c>, <c>1Fz2…, Digital Currency Address - XBT</c>). The label is always last.
/// </summary>
internal sealed class CslIds
{
    // Labels that describe the party rather than identify it: kept as particulars, never as documents.
    private static readonly HashSet<string> Descriptive = new(StringComparer.OrdinalIgnoreCase)
    {
        "Target Type", "Former Vessel Flag", "Aircraft Model", "Aircraft Operator", "Issuer Name",
        "Nationality of Registration", "Vessel Year of Build", "Other Vessel Flag", "Other Vessel Type",
        "Vessel Type", "Organization Type", "Title", "Nationality Country", "Citizenship Country",
    };

    public List<IdentityDocument> Documents { get; } = [];

    public List<string> Emails { get; } = [];

    public List<string> Websites { get; } = [];

    public List<string> Phones { get; } = [];

    public List<DigitalCurrencyAddress> Wallets { get; } = [];

    public List<PartialDate> Established { get; } = [];

    public List<(string Label, string Value)> Particulars { get; } = [];

    public string? Gender { get; private set; }

    public static CslIds Parse(string field)
    {
        var ids = new CslIds();
        foreach (var item in UsCslCsvReader.Split(field))
        {
            var cut = item.LastIndexOf(", ", StringComparison.Ordinal);
            if (cut < 0)
            {
                ids.Particulars.Add(("id", item));
                continue;
            }

            var label = item[(cut + 2)..].Trim();
            var value = item[..cut].Trim();
            ids.Add(label, value);
        }

        return ids;
    }

    private void Add(string label, string value)
    {
        // Statements such as "Secondary sanctions risk:" or "Additional Sanctions Information -" end in ':' or '-'
        // and carry prose (with commas of its own), not an identifier.
        // Some of them lose their final ':' or '-' ("Executive Order 14024 Directive Information").
        if (label.EndsWith(':') || label.EndsWith('-') || Descriptive.Contains(label)
            || label.Contains("Date", StringComparison.Ordinal)
            || label.Contains("Information", StringComparison.Ordinal)
            || label.Contains("Determination", StringComparison.Ordinal))
        {
            if (label.Equals("Organization Established Date", StringComparison.OrdinalIgnoreCase))
            {
                Established.Add(CslDates.Parse(value));
                return;
            }

            Particulars.Add((label.TrimEnd(':', '-', ' '), value));
            return;
        }

        switch (label)
        {
            case "Gender":
                Gender = value;
                return;
            case "Email Address":
                Emails.Add(value);
                return;
            case "Website":
                Websites.Add(value);
                return;
            case "Phone Number":
                Phones.Add(value);
                return;
        }

        const string Wallet = "Digital Currency Address - ";
        if (label.StartsWith(Wallet, StringComparison.Ordinal))
        {
            Wallets.Add(new DigitalCurrencyAddress(label[Wallet.Length..].Trim(), value));
            return;
        }

        var parts = value.Split(", ", StringSplitOptions.TrimEntries);
        var number = parts[^1];
        string? country = null;
        var first = 0;
        if (parts.Length > 1 && parts[0].Length == 2 && parts[0].All(char.IsAsciiLetterUpper))
        {
            country = parts[0];
            first = 1;
        }

        // Between the country and the number OFAC puts the document's dates (expiry, issue), unlabelled.
        var note = parts.Length - 1 > first ? string.Join(", ", parts[first..^1]) : null;
        Documents.Add(new IdentityDocument(label, number, country, note));
    }
}
