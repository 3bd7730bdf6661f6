using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Storage;

namespace Cordon.Operations.Tests;

/// <summary>API keys made straight in a database, as an administrator would with the account services, for clients of real servers.</summary>
internal static class TestCredentials
{
    /// <summary>A new user of <paramref name="role"/> in the default organisation, and the whole secret of a new key of theirs.</summary>
    public static async Task<string> CreateKeyAsync(string database, string dataFolder, string role = CordonRoles.Admin)
    {
        await using var store = await CordonStore.OpenAsync(database, dataFolder);
        var accounts = new AccountService(store, store, TimeProvider.System);
        var user = await accounts.CreateUserAsync(Actor.Operator, Organisation.DefaultId, $"ops-{role}-{Guid.NewGuid():N}"[..24], null, role, null);
        var key = await accounts.CreateApiKeyAsync(Actor.Operator, user.User.UserName, "operations tests");
        return key.Secret;
    }
}
