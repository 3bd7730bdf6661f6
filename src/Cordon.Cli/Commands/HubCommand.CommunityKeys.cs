using System.CommandLine;
using Cordon.Hub.Correlation;

namespace Cordon.Cli.Commands;

internal static partial class HubCommand
{
    private static Command CommunityKeys(GlobalOptions global)
    {
        var command = new Command("community-key", "Community keys for keyed-hash indicators (HMAC-SHA256 of e-mails, phones, account and document numbers)");
        var id = new Argument<string>("ID") { Description = "The key's public name (the indicators' key_id)" };
        var file = new Option<string>("--key-file") { Description = "File holding the key: at least 32 random bytes, raw or base64 text", Required = true };
        var add = new Command("add", "Add (or replace) a community key; records are then matched against keyed indicators made with it") { id, file };
        add.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new UserInputException($"{path}: no such file.");
            }

            var bytes = await File.ReadAllBytesAsync(path, ct);
            var text = System.Text.Encoding.ASCII.GetString(bytes).Trim();
            var key = text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=') && text.Length % 4 == 0
                ? Convert.FromBase64String(text)
                : bytes;
            if (key.Length < 32)
            {
                throw new UserInputException($"{path}: the key has {key.Length} bytes; a community key needs at least 32.");
            }

            await using var cordon = await global.OpenAsync(parse, ct);
            var keyId = parse.GetValue(id)!;
            var keys = (await cordon.HubCorrelation.GetKeysAsync(ct)).Where(k => k.Id != keyId).Append((keyId, key)).ToList();
            await HubCorrelation.SetCommunityKeysAsync(cordon.Store, keys, ct);
            Console.WriteLine($"community key '{keyId}' saved ({keys.Count} in use)");
            return 0;
        }));
        var remove = new Command("remove", "Stop using a community key") { id };
        remove.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            var keyId = parse.GetValue(id)!;
            var keys = await cordon.HubCorrelation.GetKeysAsync(ct);
            if (keys.All(k => k.Id != keyId))
            {
                throw new UserInputException($"no community key '{keyId}'.");
            }

            await HubCorrelation.SetCommunityKeysAsync(cordon.Store, [.. keys.Where(k => k.Id != keyId)], ct);
            Console.WriteLine($"community key '{keyId}' removed");
            return 0;
        }));
        var list = new Command("list", "List the community keys in use (ids only)");
        list.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            foreach (var key in await cordon.HubCorrelation.GetKeysAsync(ct))
            {
                Console.WriteLine(key.Id);
            }

            return 0;
        }));
        command.Subcommands.Add(add);
        command.Subcommands.Add(remove);
        command.Subcommands.Add(list);
        return command;
    }
}
