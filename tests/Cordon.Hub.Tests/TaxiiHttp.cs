using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Cordon.Hub.Tests;

/// <summary>Small helpers for driving the TAXII endpoints.</summary>
public static class TaxiiHttp
{
    public static string Collection(string collection) => $"/taxii2/{HubServer.ApiRoot}/collections/{collection}/";

    public static string Objects(string collection) => Collection(collection) + "objects/";

    public static string Manifest(string collection) => Collection(collection) + "manifest/";

    public static string OneObject(string collection, string id) => Objects(collection) + id + "/";

    public static string Versions(string collection, string id) => OneObject(collection, id) + "versions/";

    public static StringContent Body(string json, string mediaType = TaxiiMediaTypes.Taxii21)
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    public static async Task<JsonObject> AddAsync(this HttpClient client, string collection, params JsonNode[] objects)
    {
        var response = await client.PostAsync(Objects(collection), Body(Stix.Envelope(objects)));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"add answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public static async Task<(HttpResponseMessage Response, JsonObject Body)> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!.AsObject());
    }

    public static List<string> Ids(JsonObject envelope, string property = "objects") =>
        envelope[property] is JsonArray items ? items.Select(o => o!["id"]!.GetValue<string>()).ToList() : [];

    public static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : null;
}
