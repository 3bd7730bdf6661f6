using System.Net.Http.Json;
using System.Text.Json;

namespace Cordon.Operations.Tests;

/// <summary>
/// Issue 21 item 5: with <c>--log-format json</c> standard output holds nothing but JSON lines, the first administrator's
/// password never reaches it, and a caller's <c>X-Request-Id</c> is the request's correlation id in the log.
/// </summary>
[Collection(OperationsTestGroup.Name)]
public sealed class JsonLogTests
{
    [Fact]
    public async Task Json_logs_are_json_only_carry_the_callers_request_id_and_never_the_first_password()
    {
        using var folder = new TempFolder();
        var database = folder.Combine("data", "cordon.db");

        await using var server = await CordonServer.StartAsync(folder.Path, database, ["--log-format", "json"]);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Request-Id", "ops-correlation-4711");
        (await server.Client.SendAsync(request)).EnsureSuccessStatusCode();
        await Task.Delay(500);
        await server.KillAsync();

        var passwordFile = folder.Combine("data", "initial-admin-password");
        Assert.True(File.Exists(passwordFile), "the first password is kept for the operator in the data folder:\n" + server.Log);
        Assert.True(OperatingSystem.IsWindows() || File.GetUnixFileMode(passwordFile) == (UnixFileMode.UserRead | UnixFileMode.UserWrite), "the password file is not mode 0600");
        var password = File.ReadAllText(passwordFile).Trim();
        Assert.True(password.Length >= 16);
        Assert.DoesNotContain(password, server.Log);

        var lines = server.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var parsed = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Contains(parsed, l => l.GetProperty("Message").GetString()!.Contains("initial-admin-password", StringComparison.Ordinal));
        Assert.Contains(parsed, l => l.GetProperty("Message").GetString()!.StartsWith("Cordon is serving", StringComparison.Ordinal));
        var requestLine = parsed.Single(l => l.GetProperty("EventId").GetInt32() == 1 && l.GetProperty("Message").GetString()!.StartsWith("HTTP GET /health/live", StringComparison.Ordinal)
            && l.TryGetProperty("Scopes", out _) && l.GetProperty("Scopes").ToString().Contains("ops-correlation-4711", StringComparison.Ordinal));
        Assert.Contains(requestLine.GetProperty("Scopes").EnumerateArray(), s =>
            s.ValueKind == JsonValueKind.Object && s.TryGetProperty("CorrelationId", out var id) && id.GetString() == "ops-correlation-4711");
    }

    [Fact]
    public async Task The_first_password_is_printed_only_to_a_terminal_and_otherwise_kept_in_an_owner_only_file()
    {
        using var folder = new TempFolder();
        var database = folder.Combine("data", "cordon.db");

        // Standard output is a pipe here, as under systemd or a container runtime: the password stays out of it.
        await using var server = await CordonServer.StartAsync(folder.Path, database);
        var password = File.ReadAllText(folder.Combine("data", "initial-admin-password")).Trim();
        var signIn = await server.Client.PostAsJsonAsync("/api/session", new { userName = "admin", password });
        await server.KillAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, signIn.StatusCode);
        Assert.DoesNotContain(password, server.Log);
        Assert.Contains("its password is in", server.Output);
    }
}
