namespace Cordon.Risk.Records;

/// <summary>Where company equipment was to be shipped (<c>$.equipment_shipping</c>).</summary>
/// <param name="Address">The shipping address.</param>
/// <param name="RequestedAt">When the shipment was requested.</param>
/// <param name="ChangedAfterOffer">The address was changed after the offer.</param>
public sealed record EquipmentShipping(Address? Address, DateTimeOffset? RequestedAt, bool? ChangedAfterOffer);
