using Cordon.Accounts;
using Cordon.Core;
using Cordon.Core.Access;
using Microsoft.Extensions.Time.Testing;

namespace Cordon.Storage.Tests;

public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset A0 = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The account service over this store, with few hash iterations so that tests stay quick (hashing itself is tested at full strength elsewhere).</summary>
    private AccountService Accounts(FakeTimeProvider time) =>
        new(Store, Store, time, AccountOptions.Default with { HashIterations = 1_000 });

    private static UserAccount NewUser(string id, string organisationId, string userName, string role = CordonRoles.Analyst) =>
        new(id, organisationId, userName, userName, role, "hash-" + id, 0, null, false, A0, null);

    private static AuditEntry Audit(string action, string? organisationId = "default", string? userName = "tester", DateTimeOffset? at = null) =>
        new(0, at ?? A0, organisationId, "u-tester", userName, null, action, "thing", "t-1", AuditOutcomes.Success, """{"n":1}""", "127.0.0.1");

    [Fact]
    public async Task The_default_organisation_exists_after_migration_and_organisations_are_unique()
    {
        Assert.Equal(Organisation.DefaultId, Assert.Single(await Store.GetOrganisationsAsync()).Id);

        Assert.True(await Store.CreateOrganisationAsync(new Organisation("acme", "Acme Payroll", A0), Audit("organisation.create")));
        Assert.False(await Store.CreateOrganisationAsync(new Organisation("acme", "Other", A0), Audit("organisation.create")));

        Assert.Equal("Acme Payroll", (await Store.GetOrganisationAsync("acme"))!.Name);
        Assert.Equal(["acme", "default"], (await Store.GetOrganisationsAsync()).Select(o => o.Id));
        Assert.Single((await Store.QueryAuditAsync(new AuditQuery(Action: "organisation.create"))).Entries);
    }

    [Fact]
    public async Task Users_are_unique_by_name_belong_to_an_existing_organisation_and_round_trip()
    {
        var user = NewUser("u-1", "default", "ann") with { LockedUntil = A0.AddMinutes(3), LastSignInAt = A0.AddDays(-1) };
        Assert.True(await Store.CreateUserAsync(user, Audit("user.create")));
        Assert.False(await Store.CreateUserAsync(NewUser("u-2", "default", "ann"), Audit("user.create")));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.CreateUserAsync(NewUser("u-3", "no-such-org", "bob"), Audit("user.create")));

        Assert.Equal(user, await Store.GetUserAsync("u-1"));
        Assert.Equal(user, await Store.GetUserByNameAsync("ann"));
        Assert.Null(await Store.GetUserByNameAsync("bob"));
        Assert.Equal(1, await Store.CountUsersAsync());
        Assert.Single((await Store.QueryAuditAsync(new AuditQuery(Action: "user.create"))).Entries);

        var changed = user with { Role = CordonRoles.Reviewer, Disabled = true, DisplayName = "Ann Lee", PasswordHash = "other", LockedUntil = null };
        Assert.True(await Store.UpdateUserAsync(changed));
        Assert.Equal(changed, await Store.GetUserAsync("u-1"));
        Assert.False(await Store.UpdateUserAsync(NewUser("u-9", "default", "zed")));
    }

    [Fact]
    public async Task Failed_sign_ins_lock_one_name_for_one_address_at_the_limit_count_concurrent_failures_and_a_success_clears_them()
    {
        await Store.CreateUserAsync(NewUser("u-1", "default", "ann"));
        var lockUntil = A0.AddMinutes(15);
        var forget = A0.AddMinutes(-15);

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Store.RecordFailedSignInAsync("ann", "10.0.0.1", "u-1", 5, forget, lockUntil, Audit("sign-in")))));
        Assert.All(concurrent, Assert.Null);
        Assert.Equal(4, (await Store.GetUserAsync("u-1"))!.FailedAttempts);
        Assert.Null(await Store.GetSignInLockAsync("ann", "10.0.0.1", A0));

        Assert.Equal(lockUntil, await Store.RecordFailedSignInAsync("ann", "10.0.0.1", "u-1", 5, forget, lockUntil, Audit("sign-in")));
        Assert.Equal(5, (await Store.QueryAuditAsync(new AuditQuery(Action: "sign-in"))).Entries.Count);
        Assert.Equal(lockUntil, await Store.GetSignInLockAsync("ann", "10.0.0.1", A0));
        Assert.Null(await Store.GetSignInLockAsync("ann", "10.0.0.2", A0));
        Assert.Null(await Store.GetSignInLockAsync("ann", "10.0.0.1", lockUntil));
        Assert.Null((await Store.GetUserAsync("u-1"))!.LockedUntil);

        // Unknown names lock as known ones do; failures older than the window are forgotten.
        for (var i = 0; i < 4; i++)
        {
            await Store.RecordFailedSignInAsync("nobody", "10.0.0.1", null, 5, forget, lockUntil, Audit("sign-in"));
        }

        Assert.Null(await Store.RecordFailedSignInAsync("nobody", "10.0.0.1", null, 5, A0.AddMinutes(1), lockUntil, Audit("sign-in", at: A0.AddMinutes(16))));
        Assert.Equal(lockUntil, await Store.RecordFailedSignInAsync("ann", "10.0.0.3", "u-1", 1, forget, lockUntil, Audit("sign-in")));

        await Store.RecordSignInAsync("u-1", "10.0.0.1", A0.AddHours(1), Audit("sign-in"));
        var signedIn = (await Store.GetUserAsync("u-1"))!;
        Assert.Equal(0, signedIn.FailedAttempts);
        Assert.Equal(A0.AddHours(1), signedIn.LastSignInAt);
        Assert.Null(await Store.GetSignInLockAsync("ann", "10.0.0.1", A0));
        Assert.Equal(lockUntil, await Store.GetSignInLockAsync("ann", "10.0.0.3", A0));

        await Store.ClearSignInFailuresAsync("ann");
        Assert.Null(await Store.GetSignInLockAsync("ann", "10.0.0.3", A0));
    }

    [Fact]
    public async Task A_security_stamp_round_trips_and_is_replaced_with_its_audit_row()
    {
        var user = NewUser("u-1", "default", "ann") with { SecurityStamp = "first" };
        await Store.CreateUserAsync(user);
        Assert.Equal("first", (await Store.GetUserByNameAsync("ann"))!.SecurityStamp);

        Assert.True(await Store.SetSecurityStampAsync("u-1", "second", Audit(AuditActions.SignOut)));
        Assert.Equal("second", (await Store.GetUserAsync("u-1"))!.SecurityStamp);
        Assert.False(await Store.SetSecurityStampAsync("u-404", "third", Audit(AuditActions.SignOut)));
        Assert.Single((await Store.QueryAuditAsync(new AuditQuery(Action: AuditActions.SignOut))).Entries);

        Assert.True(await Store.UpdateUserAsync(user with { SecurityStamp = "fourth" }));
        Assert.Equal("fourth", (await Store.GetUserAsync("u-1"))!.SecurityStamp);
    }

    [Fact]
    public async Task Api_keys_are_created_listed_revoked_once_and_rotated_in_one_transaction()
    {
        await Store.CreateOrganisationAsync(new Organisation("acme", "Acme", A0));
        await Store.CreateUserAsync(NewUser("u-1", "default", "ann"));
        await Store.CreateUserAsync(NewUser("u-2", "acme", "bob"));
        var key = new ApiKeyRecord("aaaaaaaaaaaa", "u-1", "default", "etl", "cordon_aaaaaaaaaaaa", new string('0', 64), CordonRoles.Analyst, A0, A0.AddDays(30), null, null);
        Assert.True(await Store.CreateApiKeyAsync(key, Audit("api-key.create")));
        Assert.False(await Store.CreateApiKeyAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.CreateApiKeyAsync(key with { Id = "bbbbbbbbbbbb", UserId = "u-2" }));

        Assert.Equal(key, await Store.GetApiKeyAsync("aaaaaaaaaaaa"));
        Assert.Equal([key], await Store.GetApiKeysAsync("default"));
        Assert.Empty(await Store.GetApiKeysAsync("acme"));

        var replacement = key with { Id = "cccccccccccc", Prefix = "cordon_cccccccccccc", SecretHash = new string('1', 64), CreatedAt = A0.AddHours(1) };
        Assert.True(await Store.RotateApiKeyAsync("aaaaaaaaaaaa", replacement, A0.AddHours(1), Audit("api-key.rotate")));
        Assert.Equal(A0.AddHours(1), (await Store.GetApiKeyAsync("aaaaaaaaaaaa"))!.RevokedAt);
        Assert.Equal(["cccccccccccc", "aaaaaaaaaaaa"], (await Store.GetApiKeysAsync("default")).Select(k => k.Id));

        // Rotating a revoked key changes nothing: no new key, no audit row.
        var again = replacement with { Id = "dddddddddddd" };
        Assert.False(await Store.RotateApiKeyAsync("aaaaaaaaaaaa", again, A0.AddHours(2), Audit("api-key.rotate")));
        Assert.Null(await Store.GetApiKeyAsync("dddddddddddd"));
        Assert.Single((await Store.QueryAuditAsync(new AuditQuery(Action: "api-key.rotate"))).Entries);

        Assert.True(await Store.RevokeApiKeyAsync("cccccccccccc", A0.AddHours(3)));
        Assert.False(await Store.RevokeApiKeyAsync("cccccccccccc", A0.AddHours(4)));
        Assert.Equal(A0.AddHours(3), (await Store.GetApiKeyAsync("cccccccccccc"))!.RevokedAt);

        await Store.TouchApiKeyAsync("cccccccccccc", A0.AddHours(5));
        await Store.TouchApiKeyAsync("cccccccccccc", A0.AddHours(5).AddSeconds(30));
        Assert.Equal(A0.AddHours(5), (await Store.GetApiKeyAsync("cccccccccccc"))!.LastUsedAt);
        await Store.TouchApiKeyAsync("cccccccccccc", A0.AddHours(5).AddMinutes(2));
        Assert.Equal(A0.AddHours(5).AddMinutes(2), (await Store.GetApiKeyAsync("cccccccccccc"))!.LastUsedAt);
    }

    [Fact]
    public async Task The_audit_log_filters_and_pages_without_losing_or_repeating_a_row()
    {
        for (var i = 0; i < 25; i++)
        {
            await Store.AppendAuditAsync(Audit(i % 2 == 0 ? "user.create" : "sign-in", i % 5 == 0 ? "acme" : "default", i % 3 == 0 ? "ann" : "bob", A0.AddMinutes(i)));
        }

        var all = new List<AuditEntry>();
        long? before = null;
        do
        {
            var page = await Store.QueryAuditAsync(new AuditQuery(Limit: 7, BeforeId: before));
            Assert.True(page.Entries.Count <= 7);
            all.AddRange(page.Entries);
            before = page.NextBeforeId;
        }
        while (before is not null);

        Assert.Equal(25, all.Count);
        Assert.Equal(25, all.Select(e => e.Id).Distinct().Count());
        Assert.Equal(all.OrderByDescending(e => e.Id).Select(e => e.Id), all.Select(e => e.Id));
        var first = all[^1];
        Assert.Equal(A0, first.At);
        Assert.Equal("""{"n":1}""", first.DetailsJson);
        Assert.Equal("127.0.0.1", first.RemoteAddress);

        Assert.Equal(5, (await Store.QueryAuditAsync(new AuditQuery(OrganisationId: "acme"))).Entries.Count);
        Assert.Equal(9, (await Store.QueryAuditAsync(new AuditQuery(UserName: "ANN"))).Entries.Count);
        Assert.Equal(13, (await Store.QueryAuditAsync(new AuditQuery(Action: "user.create"))).Entries.Count);
        Assert.Equal(13, (await Store.QueryAuditAsync(new AuditQuery(Action: "user.*"))).Entries.Count);
        Assert.Equal(10, (await Store.QueryAuditAsync(new AuditQuery(From: A0.AddMinutes(5), To: A0.AddMinutes(15)))).Entries.Count);
        Assert.Empty((await Store.QueryAuditAsync(new AuditQuery(TargetId: "nothing"))).Entries);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.QueryAuditAsync(new AuditQuery(Limit: 0)));
    }

    [Fact]
    public async Task Organisations_never_read_nor_change_each_others_watch_subjects_alerts_or_assessments()
    {
        await Store.SaveWatchSubjectsAsync("alpha", [Fixtures.Subject("c-1", "Ann Alpha")]);
        await Store.SaveWatchSubjectsAsync("beta", [Fixtures.Subject("c-1", "Bob Beta"), Fixtures.Subject("c-2", "Cy Beta")]);
        await Store.ApplyScreeningResultAsync("alpha", ["c-1"], [Fixtures.Match("c-1", "100")], [Fixtures.Alert("c-1", "100", T0)]);
        await Store.ApplyScreeningResultAsync("beta", ["c-1"], [Fixtures.Match("c-1", "200")], [Fixtures.Alert("c-1", "200", T0)]);
        var assessment = new StoredAssessment("app-1", "{}", """{"score":1}""", 1, "low", "v1", T0);
        await Store.SaveAssessmentsAsync("alpha", [assessment]);

        Assert.Equal("Ann Alpha", (await Store.GetWatchSubjectAsync("alpha", "c-1"))!.Subject.Name);
        Assert.Equal("Bob Beta", (await Store.GetWatchSubjectAsync("beta", "c-1"))!.Subject.Name);
        Assert.Null(await Store.GetWatchSubjectAsync("alpha", "c-2"));
        Assert.Equal(["c-1"], (await Store.GetWatchSubjectsAsync("alpha")).Select(s => s.Id));
        Assert.Equal(["100"], (await Store.GetWatchMatchesAsync("alpha")).Select(m => m.EntitySourceId));
        Assert.Equal(["200"], (await Store.GetWatchMatchesAsync("beta", "c-1")).Select(m => m.EntitySourceId));
        Assert.Equal(["100"], (await Store.GetAlertsAsync("alpha")).Select(a => a.EntitySourceId));
        Assert.Equal(["200"], (await Store.GetAlertsAsync("beta", "c-1")).Select(a => a.EntitySourceId));
        Assert.NotNull(await Store.GetAssessmentAsync("alpha", "app-1"));
        Assert.Null(await Store.GetAssessmentAsync("beta", "app-1"));
        Assert.Empty(await Store.GetAssessmentHistoryAsync("beta", "app-1"));
        Assert.Empty(await Store.GetWatchSubjectsAsync(Organisation.DefaultId));
        Assert.Equal(["alpha", "beta"], await Store.GetWatchOrganisationsAsync());

        Assert.False(await Store.DeleteWatchSubjectAsync("alpha", "c-2"));
        Assert.True(await Store.DeleteWatchSubjectAsync("beta", "c-1"));
        Assert.Equal("Ann Alpha", (await Store.GetWatchSubjectAsync("alpha", "c-1"))!.Subject.Name);
        Assert.Equal(["100"], (await Store.GetWatchMatchesAsync("alpha")).Select(m => m.EntitySourceId));
        Assert.Empty(await Store.GetWatchMatchesAsync("beta"));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.GetWatchSubjectsAsync(""));
    }

    [Fact]
    public async Task Sign_in_locks_a_name_for_one_address_after_five_failures_gives_one_answer_while_locked_and_never_tells_unknown_users_apart()
    {
        var time = new FakeTimeProvider(A0);
        var accounts = Accounts(time);
        var password = "a sufficiently long secret";
        var created = await accounts.CreateUserAsync(Actor.Operator, Organisation.DefaultId, "Ann.Lee", null, CordonRoles.Analyst, password);

        var unknown = await accounts.SignInAsync("nobody", password, "10.0.0.1");
        var wrong = await accounts.SignInAsync("ann.lee", "wrong password entirely", "10.0.0.1");
        Assert.Equal(SignInOutcome.WrongCredentials, unknown.Outcome);
        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown.Message, wrong.Message);
        Assert.Null(wrong.User);

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(SignInOutcome.WrongCredentials, (await accounts.SignInAsync("ann.lee", "wrong password " + i, "10.0.0.1")).Outcome);
        }

        // Locked for that address: the right and a wrong password get the same answer; another address signs in.
        var lockedRight = await accounts.SignInAsync("ANN.LEE", password, "10.0.0.1");
        var lockedWrong = await accounts.SignInAsync("ann.lee", "still wrong password", "10.0.0.1");
        Assert.Equal(SignInOutcome.LockedOut, lockedRight.Outcome);
        Assert.Equal(lockedRight, lockedWrong);
        Assert.Equal(A0.AddMinutes(15), lockedRight.LockedUntil);
        Assert.Equal(SignInOutcome.Succeeded, (await accounts.SignInAsync("ann.lee", password, "10.0.0.2")).Outcome);

        // Unknown names lock the same way, so a lock-out does not tell that a name exists (one failure of "nobody" came first).
        for (var i = 0; i < 4; i++)
        {
            await accounts.SignInAsync("nobody", "wrong password " + i, "10.0.0.1");
        }

        var lockedUnknown = await accounts.SignInAsync("nobody", password, "10.0.0.1");
        Assert.Equal(lockedRight.Message, lockedUnknown.Message);

        time.Advance(TimeSpan.FromMinutes(15));
        var ok = await accounts.SignInAsync("ann.lee", password, "10.0.0.1");
        Assert.Equal(SignInOutcome.Succeeded, ok.Outcome);
        Assert.Equal(created.User.Id, ok.User!.Id);

        await accounts.SetDisabledAsync(Actor.Operator, "ann.lee", true);
        Assert.Equal(SignInOutcome.Disabled, (await accounts.SignInAsync("ann.lee", password, "10.0.0.1")).Outcome);
        Assert.Equal(SignInOutcome.WrongCredentials, (await accounts.SignInAsync("ann.lee", "wrong and disabled", "10.0.0.1")).Outcome);

        var signIns = (await Store.QueryAuditAsync(new AuditQuery(Action: AuditActions.SignIn, Limit: 1000))).Entries;
        Assert.Equal(2, signIns.Count(e => e.Outcome == AuditOutcomes.Success));
        Assert.Equal(3, signIns.Count(e => (e.DetailsJson ?? string.Empty).Contains("locked-out", StringComparison.Ordinal)));
        Assert.Contains(signIns, e => e.UserName == "nobody" && e.OrganisationId is null && e.RemoteAddress == "10.0.0.1");
        Assert.DoesNotContain(signIns, e => (e.DetailsJson ?? string.Empty).Contains(password, StringComparison.Ordinal));
        Assert.Equal(2, (await Store.QueryAuditAsync(new AuditQuery(Action: "user.lock"))).Entries.Count);
    }

    [Fact]
    public async Task Key_secrets_are_never_stored_and_only_their_hash_is_kept()
    {
        var accounts = Accounts(new FakeTimeProvider(A0));
        await accounts.CreateUserAsync(Actor.Operator, Organisation.DefaultId, "svc", null, CordonRoles.ApiClient, "service account secret");
        var created = await accounts.CreateApiKeyAsync(Actor.Operator, "svc", "etl");
        Assert.True(ApiKeys.TryParse(created.Secret, out var id, out var secret));

        var stored = (await Store.GetApiKeyAsync(id))!;
        Assert.NotEqual(secret, stored.SecretHash);
        Assert.Equal(ApiKeys.HashSecret(secret), stored.SecretHash);
        var storedText = string.Join("|", stored.Id, stored.Name, stored.Prefix, stored.SecretHash, stored.Role, stored.UserId);
        Assert.DoesNotContain(secret, storedText, StringComparison.Ordinal);
        var audit = await Store.QueryAuditAsync(new AuditQuery(Limit: 1000));
        Assert.DoesNotContain(audit.Entries, e => $"{e.DetailsJson}{e.TargetId}{e.ApiKeyId}".Contains(secret, StringComparison.Ordinal));
        Assert.Contains(audit.Entries, e => e.Action == AuditActions.ApiKeyCreate && e.TargetId == id);

        Assert.NotNull(await accounts.AuthenticateApiKeyAsync(created.Secret));
        Assert.Null(await accounts.AuthenticateApiKeyAsync(ApiKeys.Format(id, new string('b', ApiKeys.SecretLength))));
        var rotated = await accounts.RotateApiKeyAsync(Actor.Operator, id);
        Assert.Null(await accounts.AuthenticateApiKeyAsync(created.Secret));
        Assert.NotNull(await accounts.AuthenticateApiKeyAsync(rotated.Secret));
        Assert.Equal(2, (await Store.QueryAuditAsync(new AuditQuery(Action: AuditActions.ApiKeyRejected))).Entries.Count);
    }

    [Fact]
    public async Task Bootstrap_creates_one_admin_with_a_random_password_only_on_first_run()
    {
        var accounts = Accounts(new FakeTimeProvider(A0));

        var password = await accounts.BootstrapAsync();
        Assert.NotNull(password);
        Assert.True(password.Length >= 20);
        Assert.Null(await accounts.BootstrapAsync());

        var admin = Assert.Single(await Store.GetUsersAsync());
        Assert.Equal(("admin", CordonRoles.Admin, Organisation.DefaultId), (admin.UserName, admin.Role, admin.OrganisationId));
        Assert.DoesNotContain(password, admin.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(SignInOutcome.Succeeded, (await accounts.SignInAsync("admin", password)).Outcome);
        Assert.Equal(SignInOutcome.WrongCredentials, (await Accounts(new FakeTimeProvider(A0)).SignInAsync("admin", "admin")).Outcome);
    }

    [Fact]
    public async Task An_admin_confined_to_an_organisation_cannot_reach_another_ones_accounts()
    {
        var accounts = Accounts(new FakeTimeProvider(A0));
        await accounts.CreateOrganisationAsync(Actor.Operator, "acme", "Acme");
        await accounts.CreateUserAsync(Actor.Operator, "acme", "acme.admin", null, CordonRoles.Admin, "acme admin password");
        var other = await accounts.CreateUserAsync(Actor.Operator, Organisation.DefaultId, "default.user", null, CordonRoles.Analyst, "default user password");
        var key = await accounts.CreateApiKeyAsync(Actor.Operator, "default.user", "k");
        var acmeAdmin = new Actor("acme", "u-acme", "acme.admin");

        await Assert.ThrowsAsync<AccountNotFoundException>(() => accounts.GetUserAsync(acmeAdmin, "default.user"));
        await Assert.ThrowsAsync<AccountNotFoundException>(() => accounts.SetDisabledAsync(acmeAdmin, "default.user", true));
        await Assert.ThrowsAsync<AccountNotFoundException>(() => accounts.ResetPasswordAsync(acmeAdmin, "default.user", null));
        await Assert.ThrowsAsync<AccountNotFoundException>(() => accounts.RevokeApiKeyAsync(acmeAdmin, key.Key.Id));
        await Assert.ThrowsAsync<AccountNotFoundException>(() => accounts.CreateUserAsync(acmeAdmin, Organisation.DefaultId, "sneaky", null, CordonRoles.Admin, null, CordonRoles.Admin));
        await Assert.ThrowsAsync<AccountException>(() => accounts.CreateOrganisationAsync(acmeAdmin, "evil", null));
        Assert.Equal(["acme.admin"], (await accounts.GetUsersAsync(acmeAdmin, null)).Select(u => u.UserName));
        Assert.False((await Store.GetUserAsync(other.User.Id))!.Disabled);

        var analyst = new Actor("acme", "u-x", "acme.analyst");
        await Assert.ThrowsAsync<AccountException>(() => accounts.CreateUserAsync(analyst, "acme", "promoted", null, CordonRoles.Admin, null, CordonRoles.Analyst));
    }

    [Fact]
    public async Task Upgrading_a_store_puts_existing_watch_subjects_alerts_and_assessments_in_the_default_organisation()
    {
        var (first, second) = await CreateTwoStoresOnFreshDatabaseAsync();
        await using (first)
        await using (second)
        {
            var old = (SqlCordonStore)first;
            await old.MigrateToAsync(5);
            var subject = CordonJson.Serialize(new ScreeningSubject { Name = "Old Customer", Kind = SubjectKind.Person });
            await old.ExecuteSqlAsync($"""
                INSERT INTO watch_subjects (id, subject, created_at) VALUES ('c-1', '{subject}', '2026-01-01T00:00:00.000000Z');
                INSERT INTO watch_matches (subject_id, list_id, list_version_id, entity_source_id, entity_name, matched_name, score, explanation)
                    VALUES ('c-1', 'ofac-sdn', 1, '100', 'X', 'X', 0.9, '{"{}"}');
                INSERT INTO alerts (subject_id, kind, list_id, list_version_id, entity_source_id, entity_name, score, created_at)
                    VALUES ('c-1', 'NewMatch', 'ofac-sdn', 1, '100', 'X', 0.9, '2026-01-01T00:00:00.000000Z');
                INSERT INTO assessments (record_id, record, assessment, score, level, engine_version, assessed_at)
                    VALUES ('app-1', '{"{}"}', '{"{}"}', 5, 'low', 'v1', '2026-01-01T00:00:00.000000Z');
                """);

            await second.MigrateAsync();

            Assert.Equal("Old Customer", (await second.GetWatchSubjectAsync(Organisation.DefaultId, "c-1"))!.Subject.Name);
            Assert.Equal(["100"], (await second.GetWatchMatchesAsync(Organisation.DefaultId, "c-1")).Select(m => m.EntitySourceId));
            Assert.Single(await second.GetAlertsAsync(Organisation.DefaultId));
            Assert.NotNull(await second.GetAssessmentAsync(Organisation.DefaultId, "app-1"));
            Assert.NotNull(await second.GetOrganisationAsync(Organisation.DefaultId));

            // Another organisation may now use the same customer id without touching the old row.
            await second.SaveWatchSubjectsAsync("acme", [Fixtures.Subject("c-1", "Acme Customer")]);
            Assert.Equal("Old Customer", (await second.GetWatchSubjectAsync(Organisation.DefaultId, "c-1"))!.Subject.Name);
            Assert.True(await second.DeleteWatchSubjectAsync(Organisation.DefaultId, "c-1"));
            Assert.Empty(await second.GetWatchMatchesAsync(Organisation.DefaultId));
            Assert.Equal("Acme Customer", (await second.GetWatchSubjectAsync("acme", "c-1"))!.Subject.Name);
        }
    }
}
