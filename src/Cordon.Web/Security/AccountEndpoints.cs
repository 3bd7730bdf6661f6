using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Cordon.Web.Operations;

namespace Cordon.Web.Security;

/// <summary>Sign-in sessions, the users and API keys of the caller's organisation, and its audit log.</summary>
public static class AccountEndpoints
{
    /// <summary>Maps <c>/api/session</c>, <c>/api/users</c>, <c>/api/keys</c> and <c>/api/audit</c>.</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var session = app.MapGroup("/api/session").WithTags("Accounts");
        session.MapPost("/", async (SignInRequest request, AccountService accounts, HttpContext context) =>
            {
                var result = await accounts.SignInAsync(request.UserName, request.Password, context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted);
                if (result.MustWait)
                {
                    return RateLimits.TooManyRequests(context, result.RetryAfter ?? TimeSpan.FromSeconds(1), result.Message);
                }

                if (result.User is not { } user)
                {
                    return Problem(StatusCodes.Status401Unauthorized, result.Message);
                }

                var principal = CordonPrincipals.ForUser(user, CordonSchemes.Cookie);
                await context.SignInAsync(CordonSchemes.Cookie, principal, new AuthenticationProperties { IsPersistent = false });
                return Results.Ok(new SessionView(user.OrganisationId, user.Id, user.UserName, user.Role, null));
            })
            .AllowAnonymous()
            .WithSummary("Signs in with user name and password and sets the session cookie. Every failure that could tell whether a user exists gets the same answer; too many attempts, or a user name locked out for the caller's address, get 429 with Retry-After whatever the password.");

        session.MapGet("/", (HttpContext context) =>
            {
                var actor = context.Actor();
                return Results.Ok(new SessionView(actor.OrganisationId, actor.UserId, actor.UserName, context.User.Role(), actor.ApiKeyId));
            })
            .WithSummary("Who the caller is.");

        session.MapDelete("/", async (AuditLog audit, AccountService accounts, HttpContext context) =>
            {
                var actor = context.Actor();
                if (actor.ApiKeyId is null)
                {
                    // The stamp changes: this cookie, copies of it and the user's other sessions stop working on every instance.
                    await accounts.SignOutAsync(actor, context.RequestAborted);
                }
                else
                {
                    await audit.RecordAsync(actor, AuditActions.SignOut, cancellationToken: context.RequestAborted);
                }

                await context.SignOutAsync(CordonSchemes.Cookie);
                return Results.NoContent();
            })
            .WithSummary("Signs out: ends every session of the caller's user at once, on every instance (an API key stays valid).");

        session.MapPost("/password", (ChangePasswordRequest request, AccountService accounts, HttpContext context) => Run(async () =>
            {
                var updated = await accounts.ChangePasswordAsync(context.Actor(), request.CurrentPassword ?? string.Empty, request.NewPassword ?? string.Empty, context.RequestAborted);
                if (context.User.Identity?.AuthenticationType == CordonSchemes.Cookie)
                {
                    // Every other session ended with the old stamp; this one goes on under the new one.
                    await context.SignInAsync(CordonSchemes.Cookie, CordonPrincipals.ForUser(updated, CordonSchemes.Cookie), new AuthenticationProperties { IsPersistent = false });
                }

                return Results.NoContent();
            }, context))
            .WithSummary("Changes the caller's own password (the current one is required, and checked as a sign-in is: limited and locked out the same way); ends the user's other sessions.");

        var users = app.MapGroup("/api/users").WithTags("Accounts").RequireAuthorization(CordonPolicies.Admin);
        users.MapGet("/", async (AccountService accounts, HttpContext context) =>
                Results.Ok((await accounts.GetUsersAsync(context.Actor(), context.Organisation(), context.RequestAborted)).Select(UserView.From)))
            .WithSummary("The users of the caller's organisation.");

        users.MapPost("/", (CreateUserRequest request, AccountService accounts, HttpContext context) => Run(async () =>
            {
                var created = await accounts.CreateUserAsync(
                    context.Actor(),
                    context.Organisation(),
                    request.UserName ?? string.Empty,
                    request.DisplayName,
                    request.Role ?? string.Empty,
                    string.IsNullOrEmpty(request.Password) ? null : request.Password,
                    context.User.Role(),
                    context.RequestAborted);
                return Results.Created($"/api/users/{created.User.UserName}", new CreatedUserView(UserView.From(created.User), created.GeneratedPassword));
            }))
            .WithSummary("Creates a user in the caller's organisation; a generated password is returned once.");

        users.MapGet("/{userName}", (string userName, AccountService accounts, HttpContext context) => Run(async () =>
                Results.Ok(UserView.From(await accounts.GetUserAsync(context.Actor(), userName, context.RequestAborted)))))
            .WithSummary("One user of the caller's organisation.");

        users.MapPost("/{userName}/disable", (string userName, AccountService accounts, HttpContext context) => Run(async () =>
                Results.Ok(UserView.From(await accounts.SetDisabledAsync(context.Actor(), userName, true, context.RequestAborted)))))
            .WithSummary("Disables a user: no sign-in, no keys, open sessions end.");

        users.MapPost("/{userName}/enable", (string userName, AccountService accounts, HttpContext context) => Run(async () =>
                Results.Ok(UserView.From(await accounts.SetDisabledAsync(context.Actor(), userName, false, context.RequestAborted)))))
            .WithSummary("Enables a disabled user again.");

        users.MapPost("/{userName}/reset-password", (string userName, ResetPasswordRequest? request, AccountService accounts, HttpContext context) => Run(async () =>
            {
                var password = string.IsNullOrEmpty(request?.Password) ? null : request.Password;
                var generated = await accounts.ResetPasswordAsync(context.Actor(), userName, password, context.RequestAborted);
                return Results.Ok(new { password = generated });
            }))
            .WithSummary("Sets a new password (generated and returned once when none is given) and lifts a lock-out.");

        users.MapPut("/{userName}/role", (string userName, ChangeRoleRequest request, AccountService accounts, HttpContext context) => Run(async () =>
                Results.Ok(UserView.From(await accounts.ChangeRoleAsync(context.Actor(), userName, request.Role ?? string.Empty, context.User.Role(), context.RequestAborted)))))
            .WithSummary("Changes a user's role.");

        var keys = app.MapGroup("/api/keys").WithTags("Accounts").RequireAuthorization(CordonPolicies.Admin);
        keys.MapGet("/", async (AccountService accounts, HttpContext context) =>
                Results.Ok((await accounts.GetApiKeysAsync(context.Actor(), context.Organisation(), context.RequestAborted)).Select(ApiKeyView.From)))
            .WithSummary("The API keys of the caller's organisation (never their secrets).");

        keys.MapPost("/", (CreateApiKeyRequest request, AccountService accounts, HttpContext context) => Run(async () =>
            {
                var actor = context.Actor();
                var created = await accounts.CreateApiKeyAsync(
                    actor,
                    string.IsNullOrWhiteSpace(request.UserName) ? actor.UserName ?? string.Empty : request.UserName,
                    request.Name,
                    string.IsNullOrWhiteSpace(request.Role) ? null : request.Role,
                    request.ExpiresAt,
                    context.RequestAborted);
                return Results.Created($"/api/keys/{created.Key.Id}", new CreatedApiKeyView(ApiKeyView.From(created.Key), created.Secret));
            }))
            .WithSummary("Creates an API key; the whole key is returned once and only its hash is kept.");

        keys.MapDelete("/{id}", (string id, AccountService accounts, HttpContext context) => Run(async () =>
                Results.Ok(ApiKeyView.From(await accounts.RevokeApiKeyAsync(context.Actor(), id, context.RequestAborted)))))
            .WithSummary("Revokes a key at once.");

        keys.MapPost("/{id}/rotate", (string id, AccountService accounts, HttpContext context) => Run(async () =>
            {
                var created = await accounts.RotateApiKeyAsync(context.Actor(), id, context.RequestAborted);
                return Results.Ok(new CreatedApiKeyView(ApiKeyView.From(created.Key), created.Secret));
            }))
            .WithSummary("Replaces a key by a new one (returned once); the old one stops working at once.");

        app.MapGet("/api/audit", async (
                DateTimeOffset? from,
                DateTimeOffset? to,
                string? user,
                string? action,
                string? targetType,
                string? targetId,
                int? limit,
                long? before,
                string? format,
                AuditLog audit,
                HttpContext context) =>
            {
                var pageSize = limit ?? 100;
                if (pageSize is < 1 or > AuditQuery.MaxLimit)
                {
                    return Problem(StatusCodes.Status400BadRequest, $"limit must be between 1 and {AuditQuery.MaxLimit}.");
                }

                var query = new AuditQuery(context.Organisation(), from, to, user, action, targetType, targetId, pageSize, before);
                var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
                await audit.RecordAsync(context.Actor(), AuditActions.AuditExport, targetType: "audit", details: new { csv, from, to, user, action, targetType, targetId }, cancellationToken: context.RequestAborted);
                if (!csv)
                {
                    var page = await audit.QueryAsync(query, context.RequestAborted);
                    return Results.Ok(new AuditPageView(page.Entries, page.NextBeforeId));
                }

                return Results.Stream(
                    async stream =>
                    {
                        await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
                        await AuditCsv.WriteAsync(writer, audit.ReadAllAsync(query with { Limit = AuditQuery.MaxLimit }, context.RequestAborted), context.RequestAborted);
                    },
                    "text/csv; charset=utf-8",
                    "audit.csv");
            })
            .RequireAuthorization(CordonPolicies.Admin)
            .WithTags("Accounts")
            .WithSummary("The audit log of the caller's organisation, newest first, filtered; format=csv exports every matching row with spreadsheet formulas neutralised.");
    }

    private static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status);

    private static async Task<IResult> Run(Func<Task<IResult>> action, HttpContext? context = null)
    {
        try
        {
            return await action();
        }
        catch (SignInRefusedException e) when (context is not null)
        {
            return RateLimits.TooManyRequests(context, e.RetryAfter, e.Message);
        }
        catch (AccountNotFoundException e)
        {
            return Problem(StatusCodes.Status404NotFound, e.Message);
        }
        catch (AccountException e)
        {
            return Problem(StatusCodes.Status400BadRequest, e.Message);
        }
    }
}
