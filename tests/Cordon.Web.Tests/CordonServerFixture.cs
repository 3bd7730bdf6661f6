using System.Net.Http.Json;
using Cordon.Core;
using Cordon.Lists;
using Cordon.Screening;
using Cordon.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Cordon.Web.Tests;

/// <summary>A real Cordon server (SQLite in a temporary folder, the OFAC sample list imported) on an in-memory test server.</summary>
public sealed class CordonServerFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cordon-web-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public CordonServices Services { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Services = await CordonServices.OpenAsync(null, _folder);
        await Services.Importer.ImportAsync(ListLoader.Default.Load(SharedData.Path("lists", "ofac-sample")).Snapshots);
        _app = CordonWebApplication.Build(Services, [], builder => builder.WebHost.UseTestServer());
        await _app.StartAsync();
        Client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await Services.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
