namespace Cordon.Networks;

/// <summary>One identifying value of a record.</summary>
/// <param name="Kind">What the value is (a name from <see cref="LinkKinds"/>).</param>
/// <param name="Space">The matching space: two keys match when their space and value are equal (an e-mail and a reference's e-mail share the space <c>email</c>).</param>
/// <param name="Value">The normalised value.</param>
/// <param name="Strength">How strong a link through this value is.</param>
public sealed record LinkKey(string Kind, string Space, string Value, LinkStrength Strength)
{
    /// <summary>The key under which records sharing the value are indexed.</summary>
    public string MatchKey => Space + "\u001f" + Value;
}
