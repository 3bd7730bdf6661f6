using System.Text.Json.Nodes;
using Cordon.Risk;

namespace Cordon.Networks.Tests;

/// <summary>Hand-made records for link tests.</summary>
internal static class Records
{
    public static ApplicationRecord Make(string id, Action<JsonObject>? edit = null)
    {
        var json = new JsonObject
        {
            ["id"] = id,
            ["kind"] = "freelancer",
            ["submitted_at"] = "2026-10-01T00:00:00Z",
            ["person"] = new JsonObject { ["full_name"] = "Person " + id },
            ["claimed_location"] = new JsonObject { ["country"] = "US" },
        };
        edit?.Invoke(json);
        var result = ApplicationReader.Read(json.ToJsonString());
        Assert.True(result.Record is not null, string.Join("; ", result.Errors));
        return result.Record!;
    }

    public static Action<JsonObject> Emails(params string[] emails) =>
        j => j["contacts"] = new JsonObject { ["emails"] = new JsonArray([.. emails.Select(e => (JsonNode)JsonValue.Create(e))]) };

    public static Action<JsonObject> Phone(string phone) =>
        j => j["contacts"] = new JsonObject { ["phones"] = new JsonArray(JsonValue.Create(phone)) };

    public static Action<JsonObject> Session(string ip, string device, string at = "2026-09-10T10:00:00Z") =>
        j => j["sessions"] = new JsonArray(new JsonObject { ["started_at"] = at, ["ip"] = ip, ["device_id"] = device });

    /// <summary>Sessions on several days, all from one line.</summary>
    public static Action<JsonObject> Line(string ip, string device, int days = 3) =>
        j => j["sessions"] = new JsonArray([.. Enumerable.Range(1, days).Select(d => (JsonNode)new JsonObject { ["started_at"] = $"2026-09-{d:00}T10:00:00Z", ["ip"] = ip, ["device_id"] = device + "-" + d })]);

    public static Action<JsonObject> PaidTo(string holder, string number) =>
        j => j["payment_methods"] = new JsonArray(new JsonObject { ["type"] = "bank_account", ["holder_name"] = holder, ["account_number"] = number });

    public static Action<JsonObject> Named(string given, string family) =>
        j => j["person"] = new JsonObject { ["full_name"] = given + " " + family, ["given_name"] = given, ["family_name"] = family };

    public static Action<JsonObject> Account(string number) =>
        j => j["payment_methods"] = new JsonArray(new JsonObject { ["type"] = "bank_account", ["account_number"] = number });

    public static Action<JsonObject> Wallet(string address) =>
        j => j["payment_methods"] = new JsonArray(new JsonObject { ["type"] = "crypto_wallet", ["chain"] = "BTC", ["address"] = address });

    public static Action<JsonObject> Photo(string hash) =>
        j => j["photo"] = new JsonObject { ["perceptual_hash"] = hash };

    public static Action<JsonObject> Home(string line1, string postal) =>
        j => j["addresses"] = new JsonArray(new JsonObject { ["purpose"] = "home", ["line1"] = line1, ["city"] = "Austin", ["postal_code"] = postal, ["country"] = "US" });

    public static Action<JsonObject> Resume(string text) => j => j["resume_text"] = text;

    public static Action<JsonObject> ReferredBy(string id) => j => j["referred_by"] = id;

    /// <summary>Several edits applied in order.</summary>
    public static Action<JsonObject> All(params Action<JsonObject>[] edits) => j =>
    {
        foreach (var edit in edits)
        {
            edit(j);
        }
    };
}
