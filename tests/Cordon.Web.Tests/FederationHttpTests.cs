using Cordon.Web.Federation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Web.Tests;

/// <summary>The client the hub follows partners with: brief failures retried for polls, never for writes.</summary>
public sealed class FederationHttpTests
{
    private static ServiceProvider Services() =>
        new ServiceCollection().AddFederationHttp(firstRetryDelay: TimeSpan.FromMilliseconds(10)).BuildServiceProvider();

    private static Func<HttpContext, Task> FailingFirst(int failures, int status)
    {
        var seen = 0;
        return async context =>
        {
            if (Interlocked.Increment(ref seen) <= failures)
            {
                context.Response.StatusCode = status;
                if (status == StatusCodes.Status429TooManyRequests)
                {
                    context.Response.Headers.RetryAfter = "0";
                }

                return;
            }

            await context.Response.WriteAsync("{\"objects\":[]}");
        };
    }

    [Theory]
    [InlineData(StatusCodes.Status503ServiceUnavailable)]
    [InlineData(StatusCodes.Status502BadGateway)]
    [InlineData(StatusCodes.Status429TooManyRequests)]
    public async Task A_poll_survives_a_partner_that_fails_briefly(int status)
    {
        await using var server = await LoopbackListServer.StartAsync();
        server.Handler = FailingFirst(2, status);
        await using var services = Services();
        using var http = services.CreateFederationClient();

        using var response = await http.GetAsync(new Uri(server.BaseUrl + "/taxii2/root/collections/c/objects/"));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task A_partner_that_stays_down_is_given_up_after_the_retries()
    {
        await using var server = await LoopbackListServer.StartAsync();
        server.Handler = FailingFirst(int.MaxValue, StatusCodes.Status503ServiceUnavailable);
        await using var services = Services();
        using var http = services.CreateFederationClient();

        using var response = await http.GetAsync(new Uri(server.BaseUrl + "/feed/manifest.json"));

        Assert.Equal(503, (int)response.StatusCode);
        Assert.Equal(1 + FederationHttp.Retries, server.Requests.Count);
    }

    [Fact]
    public async Task A_write_is_never_sent_twice()
    {
        await using var server = await LoopbackListServer.StartAsync();
        server.Handler = FailingFirst(1, StatusCodes.Status503ServiceUnavailable);
        await using var services = Services();
        using var http = services.CreateFederationClient();

        using var response = await http.PostAsync(new Uri(server.BaseUrl + "/taxii2/root/collections/c/objects/"), new StringContent("{}"));

        Assert.Equal(503, (int)response.StatusCode);
        Assert.Single(server.Requests);
    }
}
