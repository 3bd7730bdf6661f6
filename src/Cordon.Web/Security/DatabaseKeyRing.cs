using System.Xml.Linq;
using Cordon.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Cordon.Web.Security;

/// <summary>
/// Keeps ASP.NET Core's data-protection keys (which encrypt session cookies and form tokens) in Cordon's database, so that
/// every instance of a deployment reads the same key ring: a browser signed in through one instance is signed in on all,
/// and a form rendered by one may be posted to another. The default (a folder in the user's home) gives each machine or
/// container its own keys.
/// </summary>
/// <remarks>
/// The framework's repository interface is synchronous; it is called when the key ring is first loaded, about once a day
/// to refresh it, and when a key is created, so blocking on the store there costs nothing a request would notice.
/// </remarks>
internal sealed class DatabaseKeyRing(ICordonStore store) : IXmlRepository
{
    /// <inheritdoc/>
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. store.GetDataProtectionKeysAsync().GetAwaiter().GetResult().Select(xml => XElement.Parse(xml))];

    /// <inheritdoc/>
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        store.SaveDataProtectionKeyAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting)).GetAwaiter().GetResult();
    }
}
