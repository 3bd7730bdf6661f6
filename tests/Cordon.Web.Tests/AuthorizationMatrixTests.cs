using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cordon.Cases;
using Cordon.Core.Access;
using Cordon.Hub;
using Cordon.Storage;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Web.Tests;

/// <summary>
/// Every endpoint the running application maps — REST, TAXII, operations, and each handler of each workspace page — is tried
/// anonymously, with a role too weak for it, and from another organisation with that organisation's ids. The endpoints are read
/// from the application's <see cref="EndpointDataSource"/>: an endpoint missing from <see cref="Rules"/> fails the test, and so
/// does a rule for an endpoint that no longer exists. Anonymous access is allowed only to the endpoints marked public, each
/// with its reason.
/// </summary>
public sealed partial class AuthorizationMatrixTests(AuthorizationMatrixTests.World world) : IClassFixture<AuthorizationMatrixTests.World>
{
    private const string TaxiiType = "application/taxii+json;version=2.1";

    /// <summary>Who may use an endpoint.</summary>
    public enum Access
    {
        /// <summary>Anyone, signed in or not (the rule says why).</summary>
        Public,

        /// <summary>Every signed-in role, reviewers included.</summary>
        Read,

        /// <summary>Admins, analysts and API clients: not reviewers.</summary>
        Write,

        /// <summary>Admins only.</summary>
        Admin,

        /// <summary>Platform operators only: changes to data every organisation shares. An organisation's admin is refused.</summary>
        Operator,
    }

    /// <summary>What another organisation may learn through an endpoint.</summary>
    public enum Scope
    {
        /// <summary>Nothing of any organisation (shared reference data such as the lists, or the caller's own session).</summary>
        None,

        /// <summary>Takes an id of one organisation's data: another organisation gets 404 (TAXII: 403 or 404), never the data.</summary>
        Id,

        /// <summary>Lists the caller's organisation's data: another organisation's never appears.</summary>
        List,
    }

    /// <summary>
    /// One endpoint: who may use it, what it scopes, and a request to it (placeholders in braces are the first organisation's
    /// ids; form fields for page handlers).
    /// </summary>
    public sealed record Rule(Access Access, Scope Scope, string Path, string? Body = null, string? Reason = null, IReadOnlyDictionary<string, string>? Form = null);

    private static readonly Dictionary<string, string> CaseForm = new() { ["version"] = "1", ["decision"] = "Cleared", ["reason"] = "authorisation test", ["comment"] = "authorisation test", ["title"] = "a note", ["note"] = "authorisation test", ["assignee"] = "" };

    /// <summary>
    /// Every endpoint, keyed "METHOD route" for endpoints and "METHOD page handler" for page handlers. Keep it in step with the
    /// application: the first test fails on any difference.
    /// </summary>
    private static readonly Dictionary<string, Rule> Rules = new(StringComparer.Ordinal)
    {
        // Deliberately public.
        ["GET /health/live"] = new(Access.Public, Scope.None, "/health/live", Reason: "liveness probe of load balancers; says only 'live'"),
        ["GET /health/ready"] = new(Access.Public, Scope.None, "/health/ready", Reason: "readiness probe of load balancers; no data, no connection detail"),
        ["GET /metrics"] = new(Access.Public, Scope.None, "/metrics", Reason: "Prometheus scraping; counts only (docs/operations.md: keep on an internal network)"),
        ["GET /openapi/v1.json"] = new(Access.Public, Scope.None, "/openapi/v1.json", Reason: "the API's description, no data"),
        ["GET /assets/{file}"] = new(Access.Public, Scope.None, "/assets/site.css", Reason: "the workspace's style sheet and scripts, needed by the sign-in page"),
        ["POST /api/session/"] = new(Access.Public, Scope.None, "/api/session/", "{\"userName\":\"{sign-in-user}\",\"password\":\"{sign-in-password}\"}", Reason: "signing in (rate limited)"),
        ["GET /SignIn"] = new(Access.Public, Scope.None, "/sign-in", Reason: "the sign-in form"),
        ["GET /Error"] = new(Access.Public, Scope.None, "/error/404", Reason: "the page explaining an error status to a browser; shows only the address asked for"),
        ["POST /Error"] = new(Access.Public, Scope.None, "/error/404", Reason: "the same page shown in place of a failed form post", Form: new Dictionary<string, string>()),
        ["POST /SignIn"] = new(Access.Public, Scope.None, "/sign-in", Reason: "signing in (rate limited)", Form: new Dictionary<string, string> { ["userName"] = "nobody", ["password"] = "wrong password" }),

        // Accounts.
        ["GET /api/session/"] = new(Access.Read, Scope.None, "/api/session/"),
        ["DELETE /api/session/"] = new(Access.Read, Scope.None, "/api/session/"),
        ["POST /api/session/password"] = new(Access.Read, Scope.None, "/api/session/password", "{\"currentPassword\":\"x\",\"newPassword\":\"y\"}"),
        ["GET /api/users/"] = new(Access.Admin, Scope.List, "/api/users/"),
        ["POST /api/users/"] = new(Access.Admin, Scope.None, "/api/users/", "{\"role\":\"reviewer\"}"),
        ["GET /api/users/{userName}"] = new(Access.Admin, Scope.Id, "/api/users/{user}"),
        ["POST /api/users/{userName}/disable"] = new(Access.Admin, Scope.Id, "/api/users/{user}/disable"),
        ["POST /api/users/{userName}/enable"] = new(Access.Admin, Scope.Id, "/api/users/{user}/enable"),
        ["POST /api/users/{userName}/reset-password"] = new(Access.Admin, Scope.Id, "/api/users/{user}/reset-password", "{}"),
        ["PUT /api/users/{userName}/role"] = new(Access.Admin, Scope.Id, "/api/users/{user}/role", "{\"role\":\"reviewer\"}"),
        ["GET /api/keys/"] = new(Access.Admin, Scope.List, "/api/keys/"),
        ["POST /api/keys/"] = new(Access.Admin, Scope.Id, "/api/keys/", "{\"name\":\"authz\",\"userName\":\"{user}\"}"),
        ["DELETE /api/keys/{id}"] = new(Access.Admin, Scope.Id, "/api/keys/{key}"),
        ["POST /api/keys/{id}/rotate"] = new(Access.Admin, Scope.Id, "/api/keys/{key}/rotate"),
        ["GET /api/audit"] = new(Access.Admin, Scope.List, "/api/audit?limit=1000"),

        // Lists: public sanctions data shared by every organisation.
        ["GET /api/lists/"] = new(Access.Read, Scope.None, "/api/lists/"),
        ["POST /api/lists/import"] = new(Access.Operator, Scope.None, "/api/lists/import", Form: new Dictionary<string, string>()),
        ["GET /api/lists/{listId}/versions"] = new(Access.Read, Scope.None, "/api/lists/ofac-sdn/versions"),
        ["GET /api/lists/{listId}/entities/{sourceId}"] = new(Access.Read, Scope.None, "/api/lists/ofac-sdn/entities/1"),
        ["GET /api/lists/{listId}/diff"] = new(Access.Read, Scope.None, "/api/lists/ofac-sdn/diff"),
        ["GET /api/list-sources/"] = new(Access.Read, Scope.None, "/api/list-sources/"),
        ["POST /api/list-sources/{name}/check"] = new(Access.Operator, Scope.None, "/api/list-sources/no-such-source/check"),
        ["GET /api/versions/{versionId:long}"] = new(Access.Read, Scope.None, "/api/versions/1"),
        ["GET /api/versions/{versionId:long}/entities"] = new(Access.Read, Scope.None, "/api/versions/1/entities"),
        ["GET /api/versions/{versionId:long}/entities/{sourceId}"] = new(Access.Read, Scope.None, "/api/versions/1/entities/1"),

        // Screening reads the lists; reviewers screen too.
        ["POST /api/screen"] = new(Access.Read, Scope.None, "/api/screen", "{\"name\":\"Kim Jong Un\"}"),
        ["POST /api/screen/batch"] = new(Access.Read, Scope.None, "/api/screen/batch", "{\"items\":[{\"id\":\"1\",\"name\":\"Kim Jong Un\"}]}"),
        ["POST /api/compare-names"] = new(Access.Read, Scope.None, "/api/compare-names", "{\"a\":\"Kim Jong Un\",\"b\":\"Kim Jong-un\"}"),

        // Watch list and alerts.
        ["GET /api/watch/"] = new(Access.Read, Scope.List, "/api/watch/"),
        ["POST /api/watch/"] = new(Access.Write, Scope.None, "/api/watch/", "[{\"id\":\"authz-new\",\"name\":\"Jane Q Nobody\"}]"),
        ["GET /api/watch/{id}"] = new(Access.Read, Scope.Id, "/api/watch/{subject}"),
        ["DELETE /api/watch/{id}"] = new(Access.Write, Scope.Id, "/api/watch/{subject}"),
        ["GET /api/alerts"] = new(Access.Read, Scope.List, "/api/alerts?subject={subject}"),

        // Assessments, networks, personal data.
        ["POST /api/assessments/"] = new(Access.Write, Scope.None, "/api/assessments/", "{record-json}"),
        ["POST /api/assessments/batch"] = new(Access.Write, Scope.None, "/api/assessments/batch", "[{record-json}]"),
        ["GET /api/assessments/{id}"] = new(Access.Read, Scope.Id, "/api/assessments/{record}"),
        ["GET /api/networks/"] = new(Access.Read, Scope.List, "/api/networks/"),
        ["GET /api/networks/farms"] = new(Access.Read, Scope.List, "/api/networks/farms"),
        ["GET /api/networks/records/{recordId}"] = new(Access.Read, Scope.Id, "/api/networks/records/{record}"),
        ["GET /api/risk/calibration/"] = new(Access.Write, Scope.List, "/api/risk/calibration/"),
        ["GET /api/risk/calibration/models"] = new(Access.Write, Scope.List, "/api/risk/calibration/models"),
        ["POST /api/risk/calibration/fit"] = new(Access.Admin, Scope.None, "/api/risk/calibration/fit", "{}"),
        ["POST /api/risk/calibration/adopt"] = new(Access.Admin, Scope.Id, "/api/risk/calibration/adopt", "{\"version\":\"{risk-version}\"}"),
        ["GET /api/records/{id}"] = new(Access.Admin, Scope.Id, "/api/records/{record}"),
        ["DELETE /api/records/{id}"] = new(Access.Admin, Scope.Id, "/api/records/{record}"),

        // Cases: the case pages' rules — reviewers read and comment, admins and analysts (and API clients) open, annotate and decide.
        ["GET /api/cases/"] = new(Access.Read, Scope.List, "/api/cases/"),
        ["POST /api/cases/"] = new(Access.Write, Scope.Id, "/api/cases/", "{\"alertId\":{alert}}"),
        ["GET /api/cases/{id:long}"] = new(Access.Read, Scope.Id, "/api/cases/{case}"),
        ["POST /api/cases/{id:long}/comments"] = new(Access.Read, Scope.Id, "/api/cases/{case}/comments", "{\"version\":1,\"text\":\"authorisation test\"}"),
        ["POST /api/cases/{id:long}/notes"] = new(Access.Write, Scope.Id, "/api/cases/{case}/notes", "{\"version\":1,\"title\":\"a note\",\"note\":\"authorisation test\"}"),
        ["POST /api/cases/{id:long}/decision"] = new(Access.Write, Scope.Id, "/api/cases/{case}/decision", "{\"version\":1,\"decision\":\"cleared\",\"reason\":\"authorisation test\"}"),
        ["POST /api/cases/{id:long}/reopen"] = new(Access.Write, Scope.Id, "/api/cases/{case}/reopen", "{\"version\":1,\"reason\":\"authorisation test\"}"),

        // TAXII 2.1: collections are granted to organisations; reviewers read.
        ["GET /taxii2/"] = new(Access.Read, Scope.None, "/taxii2/"),
        ["GET /taxii2/{apiRoot}/"] = new(Access.Read, Scope.None, "/taxii2/{root}/"),
        ["GET /taxii2/{apiRoot}/status/{statusId}/"] = new(Access.Read, Scope.Id, "/taxii2/{root}/status/{status}/"),
        ["GET /taxii2/{apiRoot}/collections/"] = new(Access.Read, Scope.List, "/taxii2/{root}/collections/"),
        ["GET /taxii2/{apiRoot}/collections/{collectionId}/"] = new(Access.Read, Scope.Id, "/taxii2/{root}/collections/{collection}/"),
        ["GET /taxii2/{apiRoot}/collections/{collectionId}/manifest/"] = new(Access.Read, Scope.Id, "/taxii2/{root}/collections/{collection}/manifest/"),
        ["POST /api/hub/{apiRoot}/collections/{collectionId}/indicators"] = new(Access.Write, Scope.Id, "/api/hub/{root}/collections/{collection}/indicators", "{\"kind\":\"ipv4-addr:value\",\"value\":\"192.0.2.77\",\"tlp\":\"green\"}"),
        ["GET /taxii2/{apiRoot}/collections/{collectionId}/objects/"] = new(Access.Read, Scope.Id, "/taxii2/{root}/collections/{collection}/objects/"),
        ["POST /taxii2/{apiRoot}/collections/{collectionId}/objects/"] = new(Access.Write, Scope.Id, "/taxii2/{root}/collections/{collection}/objects/", "{envelope}"),
        ["GET /taxii2/{apiRoot}/collections/{collectionId}/objects/{objectId}/"] = new(Access.Read, Scope.Id, "/taxii2/{root}/collections/{collection}/objects/{object}/"),
        ["DELETE /taxii2/{apiRoot}/collections/{collectionId}/objects/{objectId}/"] = new(Access.Write, Scope.Id, "/taxii2/{root}/collections/{collection}/objects/{object}/"),
        ["GET /taxii2/{apiRoot}/collections/{collectionId}/objects/{objectId}/versions/"] = new(Access.Read, Scope.Id, "/taxii2/{root}/collections/{collection}/objects/{object}/versions/"),
        ["GET /taxii2/{apiRoot}/collections/{collectionId}/objects/{objectId}/sightings/"] = new(Access.Read, Scope.Id, "/taxii2/{root}/collections/{collection}/objects/{object}/sightings/"),

        // A hub collection as a MISP feed: the TAXII read rule of the caller's organisation.
        ["GET /misp/feeds/{collection}/manifest.json"] = new(Access.Read, Scope.Id, "/misp/feeds/{collection}/manifest.json"),
        ["GET /misp/feeds/{collection}/hashes.csv"] = new(Access.Read, Scope.Id, "/misp/feeds/{collection}/hashes.csv"),
        ["GET /misp/feeds/{collection}/{file}"] = new(Access.Read, Scope.Id, "/misp/feeds/{collection}/8f4c2a6e-1b3d-4e5f-9a7b-0c1d2e3f4a5b.json"),

        // Workspace pages, one rule per handler.
        ["GET /Index"] = new(Access.Read, Scope.List, "/"),
        ["GET /SignOut"] = new(Access.Read, Scope.None, "/SignOut"),
        ["POST /SignOut"] = new(Access.Read, Scope.None, "/SignOut", Form: new Dictionary<string, string>()),
        ["GET /Alerts/Index"] = new(Access.Read, Scope.List, "/Alerts?State=all"),
        ["POST /Alerts/Index Bulk"] = new(Access.Write, Scope.Id, "/Alerts?handler=Bulk", Form: new Dictionary<string, string> { ["selected"] = "{alert}", ["action"] = "clear", ["reason"] = "authorisation test" }),
        ["GET /Alerts/Alert"] = new(Access.Read, Scope.Id, "/Alerts/Alert/{alert}"),
        ["POST /Alerts/Alert State"] = new(Access.Write, Scope.Id, "/Alerts/Alert/{alert}?handler=State", Form: new Dictionary<string, string> { ["action"] = "clear", ["reason"] = "authorisation test" }),
        ["GET /Applications/Index"] = new(Access.Read, Scope.None, "/Applications"),
        ["POST /Applications/Index"] = new(Access.Write, Scope.None, "/Applications", Form: new Dictionary<string, string> { ["records"] = "" }),
        ["GET /Applications/Record"] = new(Access.Read, Scope.Id, "/Applications/Record/{record}"),
        ["GET /Audit/Index"] = new(Access.Admin, Scope.List, "/Audit"),
        ["GET /Cases/Index"] = new(Access.Read, Scope.List, "/Cases"),
        ["POST /Cases/Index Alert"] = new(Access.Write, Scope.Id, "/Cases?handler=Alert", Form: new Dictionary<string, string> { ["alertId"] = "{alert}" }),
        ["POST /Cases/Index Assessment"] = new(Access.Write, Scope.Id, "/Cases?handler=Assessment", Form: new Dictionary<string, string> { ["recordId"] = "{record}" }),
        ["POST /Cases/Index Manual"] = new(Access.Write, Scope.None, "/Cases?handler=Manual", Form: new Dictionary<string, string> { ["title"] = "authorisation test" }),
        ["GET /Cases/Case"] = new(Access.Read, Scope.Id, "/Cases/Case/{case}"),
        ["GET /Cases/Case File"] = new(Access.Read, Scope.Id, "/Cases/Case/{case}?handler=File&sequence=2"),
        ["POST /Cases/Case Assign"] = new(Access.Write, Scope.Id, "/Cases/Case/{case}?handler=Assign", Form: CaseForm),
        ["POST /Cases/Case Comment"] = new(Access.Read, Scope.Id, "/Cases/Case/{case}?handler=Comment", Form: CaseForm),
        ["POST /Cases/Case Attach"] = new(Access.Write, Scope.Id, "/Cases/Case/{case}?handler=Attach", Form: CaseForm),
        ["POST /Cases/Case Decide"] = new(Access.Write, Scope.Id, "/Cases/Case/{case}?handler=Decide", Form: CaseForm),
        ["POST /Cases/Case Reopen"] = new(Access.Write, Scope.Id, "/Cases/Case/{case}?handler=Reopen", Form: CaseForm),
        ["GET /Hub/Index"] = new(Access.Read, Scope.Id, "/Hub?root={root}&collection={collection}"),
        ["POST /Hub/Index Share"] = new(Access.Write, Scope.Id, "/Hub?handler=Share&root={root}&collection={collection}", Form: new Dictionary<string, string> { ["kind"] = "ipv4-addr:value", ["value"] = "192.0.2.1", ["tlp"] = "green" }),
        ["POST /Hub/Index Revoke"] = new(Access.Write, Scope.Id, "/Hub?handler=Revoke&root={root}&collection={collection}", Form: new Dictionary<string, string> { ["objectId"] = "{object}", ["confirm"] = "true" }),
        ["GET /Risk/Calibration"] = new(Access.Admin, Scope.List, "/Risk/Calibration"),
        ["POST /Risk/Calibration Fit"] = new(Access.Admin, Scope.None, "/Risk/Calibration?handler=Fit", Form: new Dictionary<string, string>()),
        ["POST /Risk/Calibration Adopt"] = new(Access.Admin, Scope.Id, "/Risk/Calibration?handler=Adopt", Form: new Dictionary<string, string> { ["version"] = "{risk-version}", ["confirm"] = "true" }),
        ["GET /Lists/Index"] = new(Access.Read, Scope.None, "/Lists"),
        ["GET /Lists/Entity"] = new(Access.Read, Scope.None, "/Lists/Entity/ofac-sdn/29702"),
        ["POST /Lists/Index Import"] = new(Access.Operator, Scope.None, "/Lists?handler=Import", Form: new Dictionary<string, string>()),
        ["POST /Lists/Index Check"] = new(Access.Operator, Scope.None, "/Lists?handler=Check", Form: new Dictionary<string, string> { ["name"] = "no-such-source" }),
        ["GET /Networks/Index"] = new(Access.Read, Scope.List, "/Networks"),
        ["GET /Screening/Index"] = new(Access.Read, Scope.None, "/Screening"),
        ["POST /Screening/Index Screen"] = new(Access.Read, Scope.None, "/Screening?handler=Screen", Form: new Dictionary<string, string> { ["Name"] = "Kim Jong Un" }),
        ["POST /Screening/Index Batch"] = new(Access.Read, Scope.None, "/Screening?handler=Batch", Form: new Dictionary<string, string>()),
        ["GET /Screening/Batch"] = new(Access.Read, Scope.Id, "/Screening/Batch/{batch}"),
        ["GET /Screening/Batch Results"] = new(Access.Read, Scope.Id, "/Screening/Batch/{batch}?handler=Results"),
        ["GET /Screening/Batch Errors"] = new(Access.Read, Scope.Id, "/Screening/Batch/{batch}?handler=Errors"),
        ["GET /Watch/Index"] = new(Access.Read, Scope.List, "/Watch"),
        ["POST /Watch/Index Add"] = new(Access.Write, Scope.None, "/Watch?handler=Add", Form: new Dictionary<string, string> { ["id"] = "authz-page", ["name"] = "Jane Q Nobody" }),
    };

    [Fact]
    public void Every_mapped_endpoint_and_page_handler_has_a_rule_and_every_rule_an_endpoint()
    {
        var mapped = MappedEndpoints(world.Server.AppServices);

        var missing = mapped.Except(Rules.Keys).Order().ToList();
        var stale = Rules.Keys.Except(mapped).Order().ToList();

        Assert.True(missing.Count == 0, "endpoints without an authorisation rule (add them to Rules, with a test of their own if public):\n" + string.Join('\n', missing));
        Assert.True(stale.Count == 0, "rules for endpoints that no longer exist:\n" + string.Join('\n', stale));
        Assert.All(Rules.Where(r => r.Value.Access == Access.Public), r => Assert.False(string.IsNullOrWhiteSpace(r.Value.Reason), r.Key + " is public without a reason"));
    }

    [Fact]
    public async Task Anonymous_callers_get_401_or_the_sign_in_page_everywhere_but_the_public_endpoints()
    {
        var failures = new List<string>();
        foreach (var (key, rule) in Rules)
        {
            var client = world.Server.CreateAnonymousClient();
            var isPage = IsPage(key);
            using var response = await SendAsync(client, key, rule, html: isPage, antiforgery: null);
            var status = (int)response.StatusCode;
            var toSignIn = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/sign-in", StringComparison.OrdinalIgnoreCase) == true;
            if (rule.Access == Access.Public)
            {
                if (status == 401 || toSignIn)
                {
                    failures.Add($"{key}: public, but answered an anonymous caller {status}");
                }
            }
            else if (isPage ? !toSignIn : status != 401)
            {
                failures.Add($"{key}: an anonymous caller got {status} {response.Headers.Location} instead of {(isPage ? "the sign-in page" : "401")}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Roles_too_weak_for_an_endpoint_get_403_and_reviewers_may_read()
    {
        var failures = new List<string>();
        foreach (var (key, rule) in Rules.Where(r => r.Value.Access != Access.Public))
        {
            var weaker = rule.Access switch
            {
                Access.Write => new[] { world.Reviewer },
                Access.Admin => [world.Analyst, world.Reviewer],
                Access.Operator => [world.OtherAdmin, world.Analyst, world.Reviewer],
                _ => [],
            };
            foreach (var caller in weaker)
            {
                using var response = await SendAsync(caller.Client, key, rule, html: false, caller.Antiforgery);
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{key}: a {caller.Role} got {(int)response.StatusCode} instead of 403");
                }
            }

            if (rule.Access == Access.Read)
            {
                using var response = await SendAsync(world.Reviewer.Client, key, rule, html: false, world.Reviewer.Antiforgery);
                if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    failures.Add($"{key}: a reviewer may read, but got {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Another_organisation_never_reaches_the_first_organisations_data_through_any_endpoint()
    {
        var failures = new List<string>();
        foreach (var (key, rule) in Rules.Where(r => r.Value.Scope != Scope.None))
        {
            // An admin of the other organisation: no role check stands in the way, only the organisation.
            using var response = await SendAsync(world.OtherAdmin.Client, key, rule, html: false, world.OtherAdmin.Antiforgery);
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            var leaked = world.Markers.Where(m => body.Contains(m, StringComparison.Ordinal)).ToList();
            var refused = status == 404 || (key.Contains("/taxii2/", StringComparison.Ordinal) && status == 403);
            var allowed = rule.Scope == Scope.List
                ? response.IsSuccessStatusCode && leaked.Count == 0
                : refused || (response.IsSuccessStatusCode && leaked.Count == 0 && rule.Access != Access.Write && !IsPage(key));
            if (!allowed)
            {
                failures.Add($"{key}: the other organisation got {status}{(leaked.Count > 0 ? " showing " + string.Join(", ", leaked) : string.Empty)}");
            }
        }

        // Nothing of the first organisation was changed by the other's writes.
        failures.AddRange(await world.ChangesSinceSetupAsync());
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>"METHOD route" of every endpoint and "METHOD page handler" of every page handler the application serves.</summary>
    private static SortedSet<string> MappedEndpoints(IServiceProvider services)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var model = typeof(CordonWebApplication).Assembly.GetType("Cordon.Web.Pages" + page.ViewEnginePath.Replace('/', '.') + "Model")
                    ?? throw new InvalidOperationException($"No page model for {page.ViewEnginePath}");
                keys.Add("GET " + page.ViewEnginePath);
                foreach (var method in model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                {
                    var handler = PageHandler().Match(method.Name);
                    if (handler.Success)
                    {
                        var verb = handler.Groups[1].Value.ToUpperInvariant();
                        var name = handler.Groups[2].Value;
                        keys.Add(verb + " " + page.ViewEnginePath + (name.Length > 0 ? " " + name : string.Empty));
                    }
                }

                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"];
            foreach (var method in methods)
            {
                keys.Add(method + " " + endpoint.RoutePattern.RawText);
            }
        }

        return keys;
    }

    [GeneratedRegex("^On(Get|Post|Put|Delete|Patch)(\\w*?)(Async)?$")]
    private static partial Regex PageHandler();

    private static readonly string[] NotPages = ["/api/", "/taxii2/", "/misp/", "/health/", "/metrics", "/openapi/", "/assets/"];

    private static bool IsPage(string key) => !NotPages.Any(key.Split(' ')[1].StartsWith);

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, string key, Rule rule, bool html, Antiforgery? antiforgery)
    {
        var method = new HttpMethod(key.Split(' ')[0]);
        var request = new HttpRequestMessage(method, world.Fill(rule.Path));
        var taxii = key.Contains(" /taxii2", StringComparison.Ordinal);
        request.Headers.Accept.ParseAdd(taxii ? TaxiiType : html ? "text/html" : "application/json");
        if (rule.Form is not null && method != HttpMethod.Get)
        {
            var fields = rule.Form.ToDictionary(f => f.Key, f => world.Fill(f.Value));
            if (antiforgery is not null)
            {
                fields["__RequestVerificationToken"] = antiforgery.Token;
                request.Headers.Add("Cookie", antiforgery.Cookie);
            }

            request.Content = new FormUrlEncodedContent(fields);
        }
        else if (rule.Body is not null)
        {
            request.Content = new StringContent(world.Fill(rule.Body), Encoding.UTF8, "application/json");
            if (taxii)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(TaxiiType);
            }
        }

        return await client.SendAsync(request);
    }

    /// <summary>A page's anti-forgery pair for one caller: the hidden field's token and the cookie it goes with.</summary>
    public sealed record Antiforgery(string Token, string Cookie);

    /// <summary>A caller of one role, with its client and anti-forgery pair.</summary>
    public sealed record Caller(string Role, HttpClient Client, Antiforgery Antiforgery);

    /// <summary>
    /// The server, the first organisation's data (a watch subject with alerts, two linked assessed records, a case with a note,
    /// a batch screening, a TAXII collection granted to it alone with an object and a status, a user and a key), and callers of
    /// each role in it and an admin of a second organisation.
    /// </summary>
    public sealed partial class World : IAsyncLifetime
    {
        private const string First = "authz-first";
        private const string Second = "authz-second";
        private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
        private CaseRecord _case = null!;

        public CordonServerFixture Server { get; } = new();

        public Caller Analyst { get; private set; } = null!;

        public Caller Reviewer { get; private set; } = null!;

        public Caller OtherAdmin { get; private set; } = null!;

        /// <summary>Strings only the first organisation's data holds.</summary>
        public IReadOnlyList<string> Markers { get; private set; } = [];

        public string Fill(string template) => Placeholder().Replace(template, m => _values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

        public async Task InitializeAsync()
        {
            await Server.InitializeAsync();
            var admin = await Server.CreateClientAsync(First, CordonRoles.Admin);
            Analyst = await CallerAsync(First, CordonRoles.Analyst);
            Reviewer = await CallerAsync(First, CordonRoles.Reviewer);
            OtherAdmin = await CallerAsync(Second, CordonRoles.Admin);

            (await admin.PostAsJsonAsync("/api/watch", new object[] { new { id = "authz-first-subject", name = "Artem Lifshits", type = "person" } })).EnsureSuccessStatusCode();
            var alerts = await admin.GetFromJsonAsync<JsonElement>("/api/alerts");
            Assert.NotEqual(0, alerts.GetArrayLength());
            var record = JsonNode.Parse(File.ReadAllLines(SharedData.Path("..", "samples", "applications.jsonl"))[1])!;
            foreach (var id in new[] { "authz-first-record", "authz-first-record-2" })
            {
                record["id"] = id;
                (await admin.PostAsync("/api/assessments", new StringContent(record.ToJsonString(), Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
            }

            record["id"] = "authz-new-record";
            var (signIn, _) = await Server.CreateUserWithKeyAsync(Second, CordonRoles.Reviewer, "a password long enough");
            _values["sign-in-user"] = signIn.User.UserName;
            _values["sign-in-password"] = "a password long enough";
            var (user, key) = await Server.CreateUserWithKeyAsync(First, CordonRoles.Analyst);
            Assert.True(Cordon.Accounts.ApiKeys.TryParse(key, out var keyId, out _));

            var actor = new CaseActor(user.User.Id, user.User.UserName, First, new HashSet<string> { CordonRoles.Analyst });
            var cases = Server.AppServices.GetRequiredService<CaseService>();
            var opened = await cases.OpenAsync(actor, CaseSourceKind.Manual, "authz-first-source", "Authz first secret case");
            _case = await cases.AttachNoteAsync(actor, opened.Id, 1, "authz-first-note", "a note only the first organisation holds");

            var batch = await Server.AppServices.GetRequiredService<BatchScreeningJobs>().StartAsync(First, user.User.UserName, "authz.csv", Encoding.UTF8.GetBytes("id,name\nauthz-first-batch-row,Kim Jong Un\n"));

            var store = Server.Services.Store;
            var collection = Guid.NewGuid().ToString();
            await store.SaveHubApiRootAsync(new HubApiRoot("authz", "Authorisation tests", null, 1 << 20));
            await store.SaveHubCollectionAsync(new HubCollectionInfo(collection, "authz", "First's own", null, null, ["application/stix+json;version=2.1"]));
            await store.SetHubCollectionRightAsync(new HubCollectionRight(collection, First, true, true));
            var objectId = "indicator--" + Guid.NewGuid();
            var hub = Server.AppServices.GetRequiredService<SharingHub>();
            var status = await hub.AddObjectsAsync(new HubCaller(First, user.User.Id, true), "authz", collection, Encoding.UTF8.GetBytes(Envelope(objectId)));
            Assert.Single(status.Successes);

            // Weights in shadow of the first organisation: another organisation's admin must neither see nor adopt them.
            var riskVersion = "cordon-risk-v3+org-authz-first";
            var weights = Cordon.Risk.RiskConfiguration.Default;
            Assert.True(await store.SaveRiskModelAsync(new RiskModelRecord(0, First, riskVersion, RiskModelStatus.Shadow, (weights with { Model = weights.Model! with { Version = riskVersion } }).ToJson(), 60, 20, "authz weights", DateTimeOffset.UtcNow, "authz")));

            _values["subject"] = "authz-first-subject";
            _values["record"] = "authz-first-record";
            _values["user"] = user.User.UserName;
            _values["key"] = keyId;
            _values["case"] = opened.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _values["alert"] = alerts[0].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
            _values["batch"] = batch.Id;
            _values["root"] = "authz";
            _values["collection"] = collection;
            _values["object"] = objectId;
            _values["status"] = status.Id;
            _values["envelope"] = Envelope("indicator--" + Guid.NewGuid());
            _values["record-json"] = record.ToJsonString();
            _values["risk-version"] = riskVersion;
            Markers = ["authz-first-subject", "authz-first-record", user.User.UserName, keyId, "Authz first secret case", "authz-first-note", "authz-first-batch-row", collection, objectId, status.Id, "org-authz-first"];
        }

        /// <summary>What of the first organisation's data differs from the setup, as failure lines.</summary>
        public async Task<IReadOnlyList<string>> ChangesSinceSetupAsync()
        {
            var store = Server.Services.Store;
            var changes = new List<string>();
            if (await store.GetWatchSubjectAsync(First, "authz-first-subject") is null)
            {
                changes.Add("the first organisation's watch subject is gone");
            }

            if (await store.GetAssessmentAsync(First, "authz-first-record") is null)
            {
                changes.Add("the first organisation's assessment is gone");
            }

            var user = await store.GetUserByNameAsync(_values["user"]);
            if (user is null || user.Disabled || user.Role != CordonRoles.Analyst)
            {
                changes.Add("the first organisation's user was changed");
            }

            var key = await store.GetApiKeyAsync(_values["key"]);
            if (key is null || key.RevokedAt is not null)
            {
                changes.Add("the first organisation's key was revoked or replaced");
            }

            var current = await store.GetCaseAsync(First, _case.Id);
            if (current is null || current.Version != _case.Version)
            {
                changes.Add($"the first organisation's case moved from version {_case.Version} to {current?.Version}");
            }

            var objects = await store.QueryHubObjectsAsync(new HubObjectQuery(_values["collection"], First, 10, Ids: [_values["object"]], Versions: HubVersionFilter.Every));
            if (objects.Objects.Count != 1 || objects.Objects[0].Revoked)
            {
                changes.Add($"the first organisation's TAXII object was changed ({objects.Objects.Count} versions)");
            }

            var alert = await store.GetAlertAsync(First, long.Parse(_values["alert"], System.Globalization.CultureInfo.InvariantCulture));
            if (alert is null || alert.State != AlertState.New || alert.AssigneeId is not null)
            {
                changes.Add($"the first organisation's alert was decided or assigned ({alert?.State}, {alert?.AssigneeId})");
            }

            if ((await store.GetRiskModelsAsync(First)).SingleOrDefault() is not { Status: RiskModelStatus.Shadow })
            {
                changes.Add("the first organisation's shadow weights were adopted or replaced");
            }

            return changes;
        }

        public async Task DisposeAsync() => await Server.DisposeAsync();

        private async Task<Caller> CallerAsync(string organisation, string role)
        {
            var client = await Server.CreateClientAsync(organisation, role);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/Cases");
            request.Headers.Accept.ParseAdd("text/html");
            using var page = await client.SendAsync(request);
            page.EnsureSuccessStatusCode();
            var token = TokenField().Match(await page.Content.ReadAsStringAsync());
            Assert.True(token.Success, "the cases page carries an anti-forgery token");
            var cookie = page.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Split(';')[0];
            return new Caller(role, client, new Antiforgery(System.Net.WebUtility.HtmlDecode(token.Groups[1].Value), cookie));
        }

        private static string Envelope(string objectId)
        {
            var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
            return new JsonObject
            {
                ["objects"] = new JsonArray(new JsonObject
                {
                    ["type"] = "indicator",
                    ["spec_version"] = "2.1",
                    ["id"] = objectId,
                    ["created"] = now,
                    ["modified"] = now,
                    ["name"] = "Authorisation test",
                    ["pattern"] = "[ipv4-addr:value = '198.51.100.7']",
                    ["pattern_type"] = "stix",
                    ["valid_from"] = now,
                }),
            }.ToJsonString();
        }

        [GeneratedRegex("\\{([a-z-]+)\\}")]
        private static partial Regex Placeholder();

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex TokenField();
    }
}
