namespace Cordon.Storage.Postgres;

/// <summary>The sharing hub's PostgreSQL-specific part.</summary>
public sealed partial class PostgresCordonStore
{
    /// <inheritdoc/>
    private protected override string? HubPageReadSetup => "SET LOCAL jit = off";
}
