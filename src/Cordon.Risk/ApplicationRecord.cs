using System.Text.Json;
using Cordon.Risk.Records;

namespace Cordon.Risk;

/// <summary>
/// One applicant, freelancer, contractor, employee or payee record in the format of <c>application.schema.json</c>,
/// typed, with the original JSON kept beside it (<see cref="Raw"/>) so that fields the schema allows but this model
/// does not name are never lost.
/// </summary>
/// <param name="Id">The submitter's own identifier.</param>
/// <param name="Kind">job_applicant, freelancer, contractor, employee or payee.</param>
/// <param name="SubmittedAt">When the record was submitted.</param>
/// <param name="Person">The person as they describe themselves.</param>
/// <param name="ClaimedLocation">Where they say they live and work.</param>
/// <param name="Contacts">Contact details.</param>
/// <param name="Addresses">Postal addresses.</param>
/// <param name="OnlineProfiles">Online profiles.</param>
/// <param name="IdentityDocuments">Identity documents presented.</param>
/// <param name="Photo">The person's photo, when given.</param>
/// <param name="EmploymentHistory">Claimed jobs.</param>
/// <param name="Education">Claimed schools.</param>
/// <param name="References">References.</param>
/// <param name="ResumeText">Résumé text.</param>
/// <param name="PaymentMethods">Ways to pay the person.</param>
/// <param name="Sessions">Observed sessions.</param>
/// <param name="Interview">Interview observations.</param>
/// <param name="EquipmentShipping">Equipment shipping request.</param>
/// <param name="Requests">Things the person asked for.</param>
/// <param name="ReferredBy">Id of the application or employee who referred this person.</param>
/// <param name="Raw">The original JSON object (a detached clone, safe to keep).</param>
public sealed record ApplicationRecord(
    string Id,
    string Kind,
    DateTimeOffset SubmittedAt,
    Person Person,
    ClaimedLocation ClaimedLocation,
    Contacts Contacts,
    IReadOnlyList<Address> Addresses,
    IReadOnlyList<OnlineProfile> OnlineProfiles,
    IReadOnlyList<IdentityDocumentRecord> IdentityDocuments,
    Photo? Photo,
    IReadOnlyList<EmploymentEntry> EmploymentHistory,
    IReadOnlyList<EducationEntry> Education,
    IReadOnlyList<Reference> References,
    string? ResumeText,
    IReadOnlyList<PaymentMethod> PaymentMethods,
    IReadOnlyList<Session> Sessions,
    Interview? Interview,
    EquipmentShipping? EquipmentShipping,
    IReadOnlyList<PersonRequest> Requests,
    string? ReferredBy,
    JsonElement Raw);
