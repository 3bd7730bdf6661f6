using System.Text.Json.Serialization;
using Cordon.Screening;

namespace Cordon.Web.Endpoints;

/// <summary>A request to screen one subject.</summary>
public sealed record ScreenRequest
{
    /// <summary>The subject's fields (name, type, dateOfBirth, nationality…), at the top level of the body.</summary>
    [JsonIgnore]
    public SubjectInput Subject => new()
    {
        Name = Name, Type = Type, DateOfBirth = DateOfBirth, Nationality = Nationality, Gender = Gender,
        DocumentNumbers = DocumentNumbers, EmailAddresses = EmailAddresses, Websites = Websites, WalletAddresses = WalletAddresses,
    };

    /// <summary>Name to screen.</summary>
    public string? Name { get; init; }

    /// <summary>person, organization, vessel, aircraft or any.</summary>
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

    /// <summary>Wallet addresses.</summary>
    public IReadOnlyList<string>? WalletAddresses { get; init; }

    /// <summary>Most matches to return (default 5).</summary>
    public int? Limit { get; init; }

    /// <summary>Lowest score returned (default: the algorithm's recommended threshold).</summary>
    public double? Threshold { get; init; }
}
