namespace Cordon.Stix.Privacy;

/// <summary>The kinds of personal identifiers shared as keyed hashes. The kind is part of the hashed text, so equal values of different kinds never collide.</summary>
public enum KeyedIdentifierKind
{
    /// <summary>An e-mail address (<c>email</c>).</summary>
    Email,

    /// <summary>A telephone number (<c>phone</c>).</summary>
    Phone,

    /// <summary>A bank account number or IBAN (<c>account-number</c>).</summary>
    AccountNumber,

    /// <summary>An identity document number: passport, national id, driving licence (<c>document-number</c>).</summary>
    DocumentNumber,
}
