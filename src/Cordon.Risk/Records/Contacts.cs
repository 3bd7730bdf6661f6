namespace Cordon.Risk.Records;

/// <summary>Contact details (<c>$.contacts</c>).</summary>
/// <param name="Emails">E-mail addresses.</param>
/// <param name="Phones">Phone numbers as given (E.164 preferred, not guaranteed).</param>
/// <param name="Messengers">Messenger accounts.</param>
public sealed record Contacts(IReadOnlyList<string> Emails, IReadOnlyList<string> Phones, IReadOnlyList<Messenger> Messengers)
{
    /// <summary>No contact details.</summary>
    public static Contacts Empty { get; } = new([], [], []);
}
