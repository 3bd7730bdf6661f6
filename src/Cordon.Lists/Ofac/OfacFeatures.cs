using Cordon.Core;

namespace Cordon.Lists.Ofac;

/// <summary>
/// OFAC's structured "features" (birth dates, nationality, gender, e-mail, digital currency, vessel particulars, sanctions
/// notes…), gathered into entity fields. The enhanced XML and the ADVANCED XML label features with the same names, so
/// both readers map them here, once.
/// </summary>
internal sealed class OfacFeatures
{
    private const string WalletPrefix = "Digital Currency Address - ";

    /// <summary>Dates of birth or of establishment.</summary>
    public List<PartialDate> Dates { get; } = [];

    /// <summary>Places of birth.</summary>
    public List<string> PlacesOfBirth { get; } = [];

    /// <summary>Nationalities, including a company's or vessel's nationality of registration.</summary>
    public List<string> Nationalities { get; } = [];

    /// <summary>Citizenships.</summary>
    public List<string> Citizenships { get; } = [];

    /// <summary>Gender as OFAC writes it.</summary>
    public string? Gender { get; private set; }

    /// <summary>Titles.</summary>
    public List<string> Titles { get; } = [];

    /// <summary>Identifiers OFAC gives as features (SWIFT/BIC, MMSI, ISIN…).</summary>
    public List<IdentityDocument> Documents { get; } = [];

    /// <summary>E-mail addresses.</summary>
    public List<string> Emails { get; } = [];

    /// <summary>Websites.</summary>
    public List<string> Websites { get; } = [];

    /// <summary>Phone and fax numbers.</summary>
    public List<string> Phones { get; } = [];

    /// <summary>Digital currency addresses.</summary>
    public List<DigitalCurrencyAddress> Wallets { get; } = [];

    /// <summary>Vessel and aircraft particulars, and the registration country, by OFAC's label.</summary>
    public Dictionary<string, string> Particulars { get; } = new(StringComparer.Ordinal);

    /// <summary>Sanctions notes that are no field of their own (directives, secondary sanctions risk, target type…).</summary>
    public List<string> Remarks { get; } = [];

    /// <summary>True for the labels whose value is a date (<see cref="Add"/> then wants it read).</summary>
    public static bool IsDate(string label) => label is "Birthdate" or "Organization Established Date";

    /// <summary>Adds one feature.</summary>
    /// <param name="label">OFAC's feature type ("Birthdate", "Vessel Flag", "Digital Currency Address - XBT").</param>
    /// <param name="value">The value as written.</param>
    /// <param name="date">The value read as a date, for <see cref="IsDate"/> labels; else OFAC's date notation is parsed.</param>
    public void Add(string label, string value, PartialDate? date = null)
    {
        switch (label)
        {
            case "Birthdate":
            case "Organization Established Date":
                Dates.Add(date ?? OfacDates.Parse(value));
                break;
            case "Place of Birth":
                PlacesOfBirth.Add(value);
                break;
            case "Nationality Country":
                Nationalities.Add(value);
                break;
            case "Nationality of Registration":
                // A company's or vessel's country of registration is its nationality; the label says which kind it is.
                Nationalities.Add(value);
                Particular(label, value);
                break;
            case "Citizenship Country":
                Citizenships.Add(value);
                break;
            case "Gender":
                Gender = value;
                break;
            case "Title":
                Titles.Add(value);
                break;
            case "Email Address":
                Emails.Add(value);
                break;
            case "Website":
                Websites.Add(value);
                break;
            case "Phone Number":
            case "Telephone":
            case "Fax":
                Phones.Add(value);
                break;
            case "SWIFT/BIC":
            case "BIK (RU)":
            case "ISIN":
            case "MMSI":
            case "Vessel Registration Identification":
                Documents.Add(new IdentityDocument(label, value));
                break;
            default:
                if (label.StartsWith(WalletPrefix, StringComparison.Ordinal))
                {
                    Wallets.Add(new DigitalCurrencyAddress(label[WalletPrefix.Length..].Trim(), value));
                }
                else if (label.StartsWith("Vessel", StringComparison.OrdinalIgnoreCase) || label.StartsWith("Aircraft", StringComparison.Ordinal) ||
                         label.StartsWith("Former Vessel", StringComparison.Ordinal) || label.StartsWith("Other Vessel", StringComparison.Ordinal) ||
                         label.StartsWith("Previous Aircraft", StringComparison.Ordinal))
                {
                    Particular(label, value);
                }
                else
                {
                    // Sanctions notes (directives, secondary sanctions risk, target type…) stay readable in Remarks.
                    Remarks.Add(label.EndsWith(':') || label.EndsWith('-') ? $"{label} {value}" : $"{label}: {value}");
                }

                break;
        }
    }

    private void Particular(string label, string value) =>
        Particulars[label] = Particulars.TryGetValue(label, out var existing) ? existing + "; " + value : value;
}
