using System.Text.Json.Serialization;
using Cordon.Screening;

namespace Cordon.Web.Endpoints;

/// <summary>One subject of a batch, with the caller's id.</summary>
public sealed record BatchItem
{
    /// <summary>The caller's id for this subject, echoed in the result.</summary>
    public string? Id { get; init; }

    /// <summary>Name to screen.</summary>
    public string? Name { get; init; }

    /// <summary>person, organization, vessel, aircraft or any.</summary>
    public string? Type { get; init; }

    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public string? DateOfBirth { get; init; }

    /// <summary>Country name or ISO code.</summary>
    public string? Nationality { get; init; }

    /// <summary>The fields as a subject to validate.</summary>
    [JsonIgnore]
    public SubjectInput Subject => new() { Name = Name, Type = Type, DateOfBirth = DateOfBirth, Nationality = Nationality };
}
