namespace Cordon.Risk.Lookups;

/// <summary>Finds domains that imitate a real company's domain.</summary>
public interface ILookalikeFinder
{
    /// <summary>The protected domain that <paramref name="domain"/> imitates, or null.</summary>
    LookalikeFacts? Find(string domain, IReadOnlyList<string> protectedDomains);
}
