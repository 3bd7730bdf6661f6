namespace Cordon.Risk.Records;

/// <summary>An identity document the person presented (<c>$.identity_documents[]</c>).</summary>
/// <param name="Type">passport, national_id, drivers_license, residence_permit or other.</param>
/// <param name="IssuingCountry">Issuing country, ISO 3166-1 alpha-2.</param>
/// <param name="Number">Document number.</param>
/// <param name="NameOnDocument">Name printed on the document.</param>
/// <param name="DateOfBirth">Date of birth printed on the document.</param>
/// <param name="ExpiresOn">Expiry date (<c>YYYY-MM-DD</c>).</param>
/// <param name="ImageHash">64-bit perceptual hash of the document image, hex.</param>
/// <param name="Verified">True when checked by an identity-verification step.</param>
public sealed record IdentityDocumentRecord(
    string Type,
    string? IssuingCountry,
    string? Number,
    string? NameOnDocument,
    string? DateOfBirth,
    string? ExpiresOn,
    string? ImageHash,
    bool? Verified);
