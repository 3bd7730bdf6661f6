namespace Cordon.Risk.Synthetic;

/// <summary>A postal address as the generator writes it.</summary>
internal sealed record Address(string Line1, string? Line2, string City, string Region, string PostalCode, string Country);
