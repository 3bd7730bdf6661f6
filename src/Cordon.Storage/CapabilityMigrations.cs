namespace Cordon.Storage;

/// <summary>
/// Collects the migrations each capability keeps beside its own storage code, in their numbered order.
/// Numbers are reserved per capability so work on one never renumbers another's:
/// 5 networks, 6 accounts and audit, 7 sharing hub, 8 cases, 9 operations; later changes take the next free number
/// (10 sharing hub correlation, 11 sharing hub RED recipients, 12 sharing hub version flags, 13 state instances share; 21 organisations' risk weights and shadow scores; 26 the alert queue).
/// </summary>
internal static class CapabilityMigrations
{
    public static IReadOnlyList<Migration> Sqlite { get; } =
    [
        .. NetworkMigrations.Sqlite,
        .. AccountMigrations.Sqlite,
        .. HubMigrations.Sqlite,
        .. CaseMigrations.Sqlite,
        .. OperationsMigrations.Sqlite,
        .. RescreenJobMigrations.Sqlite,
        .. ListSourceMigrations.Sqlite,
        .. RiskModelMigrations.Sqlite,
        .. AlertQueueMigrations.Sqlite,
    ];

    public static IReadOnlyList<Migration> Postgres { get; } =
    [
        .. NetworkMigrations.Postgres,
        .. AccountMigrations.Postgres,
        .. HubMigrations.Postgres,
        .. CaseMigrations.Postgres,
        .. OperationsMigrations.Postgres,
        .. RescreenJobMigrations.Postgres,
        .. ListSourceMigrations.Postgres,
        .. RiskModelMigrations.Postgres,
        .. AlertQueueMigrations.Postgres,
    ];

    /// <summary>The core migrations followed by the capabilities', checked to be strictly ascending.</summary>
    public static IReadOnlyList<Migration> Ordered(IReadOnlyList<Migration> core, IReadOnlyList<Migration> capabilities)
    {
        var all = core.Concat(capabilities).OrderBy(m => m.Version).ToArray();
        for (var i = 1; i < all.Length; i++)
        {
            if (all[i].Version == all[i - 1].Version)
            {
                throw new InvalidOperationException($"Two migrations share number {all[i].Version}: '{all[i - 1].Name}' and '{all[i].Name}'.");
            }
        }

        return all;
    }
}
