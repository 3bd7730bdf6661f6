using System.CommandLine;
using Cordon.Storage;

namespace Cordon.Cli.Commands;

/// <summary><c>cordon backup</c> and <c>cordon restore</c>: one consistent copy of the whole database, and back.</summary>
internal static class BackupCommand
{
    public static Command CreateBackup(GlobalOptions global)
    {
        var output = new Option<string>("--output") { Description = "File to write (never overwritten): a SQLite database file, or a pg_dump custom-format archive for PostgreSQL", Required = true };
        var command = new Command("backup", "Copy the whole database to a file while it stays in use (SQLite online backup; PostgreSQL pg_dump)") { output };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var store = await OpenStoreAsync(global, parse, ct);
            var path = Path.GetFullPath(parse.GetValue(output)!);
            await store.BackupAsync(path, ct);
            Console.WriteLine($"Backed up {store.Provider} database (schema version {await store.GetSchemaVersionAsync(ct)}) to {path} ({new FileInfo(path).Length:N0} bytes).");
            return 0;
        }));
        return command;
    }

    public static Command CreateRestore(GlobalOptions global)
    {
        var file = new Argument<string>("file") { Description = "A file written by cordon backup" };
        var command = new Command("restore", "Restore a backup into an empty database (--database; a new SQLite file or an empty PostgreSQL database)") { file };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var (database, data) = global.Resolve(parse);
            int version;
            try
            {
                version = await CordonBackup.RestoreAsync(database, data, parse.GetValue(file)!, ct);
            }
            catch (InvalidOperationException e)
            {
                throw new UserInputException(e.Message);
            }

            Console.WriteLine($"Restored {Path.GetFullPath(parse.GetValue(file)!)} (schema version {version}); the database is migrated and ready.");
            return 0;
        }));
        return command;
    }

    private static async Task<ICordonStore> OpenStoreAsync(GlobalOptions global, ParseResult parse, CancellationToken ct)
    {
        var (database, data) = global.Resolve(parse);
        return await CordonStore.OpenAsync(database, data, ct);
    }
}
