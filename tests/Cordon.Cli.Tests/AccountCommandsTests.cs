using System.Text.RegularExpressions;

namespace Cordon.Cli.Tests;

public class AccountCommandsTests
{
    [Fact]
    public async Task Organisations_users_and_keys_are_managed_and_audited_from_the_command_line()
    {
        using var folder = new TempFolder();

        var org = await CordonProcess.RunAsync(folder.Path, "orgs", "add", "acme", "--name", "Acme Payroll");
        var again = await CordonProcess.RunAsync(folder.Path, "orgs", "add", "acme");
        var orgs = await CordonProcess.RunAsync(folder.Path, "orgs", "list");
        Assert.True(org.ExitCode == 0, org.Error);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already exists", again.Error);
        Assert.Contains("acme\tAcme Payroll\t", orgs.Out);
        Assert.Contains("default\tDefault organisation\t", orgs.Out);

        var user = await CordonProcess.RunAsync(folder.Path, "users", "add", "Ann.Lee", "--role", "analyst", "--organisation", "acme");
        Assert.True(user.ExitCode == 0, user.Error);
        var password = Regex.Match(user.Out, @"Password \(shown once, not stored\): (\S+)").Groups[1].Value;
        Assert.Equal(24, password.Length);
        var badRole = await CordonProcess.RunAsync(folder.Path, "users", "add", "bob", "--role", "root");
        Assert.Equal(2, badRole.ExitCode);
        Assert.Contains("Unknown role 'root'", badRole.Error);

        var key = await CordonProcess.RunAsync(folder.Path, "keys", "create", "--user", "ann.lee", "--name", "etl");
        Assert.True(key.ExitCode == 0, key.Error);
        var secret = key.Out.Trim();
        Assert.Matches("^cordon_[a-z2-7]{12}_[a-z2-7]{52}$", secret);
        var keyId = secret.Split('_')[1];

        var keys = await CordonProcess.RunAsync(folder.Path, "keys", "list", "--organisation", "acme");
        Assert.Contains($"cordon_{keyId}\tacme\t", keys.Out);
        Assert.DoesNotContain(secret.Split('_')[2], keys.Out);
        Assert.Empty((await CordonProcess.RunAsync(folder.Path, "keys", "list", "--organisation", "default")).Out.Trim());

        var revoke = await CordonProcess.RunAsync(folder.Path, "keys", "revoke", keyId);
        var revokeAgain = await CordonProcess.RunAsync(folder.Path, "keys", "revoke", keyId);
        Assert.True(revoke.ExitCode == 0, revoke.Error);
        Assert.Equal(2, revokeAgain.ExitCode);

        var disable = await CordonProcess.RunAsync(folder.Path, "users", "disable", "ann.lee");
        var reset = await CordonProcess.RunAsync(folder.Path, "users", "reset-password", "ann.lee");
        var users = await CordonProcess.RunAsync(folder.Path, "users", "list");
        Assert.True(disable.ExitCode == 0, disable.Error);
        Assert.True(reset.ExitCode == 0, reset.Error);
        Assert.DoesNotContain(password, reset.Out);
        Assert.Contains("ann.lee\tacme\tanalyst\tdisabled\t", users.Out);

        var audit = await CordonProcess.RunAsync(folder.Path, "audit", "--organisation", "acme", "--limit", "100");
        Assert.True(audit.ExitCode == 0, audit.Error);
        Assert.Contains("6 event(s).", audit.Error);
        var acmeCsv = folder.Combine("acme.csv");
        Assert.Equal(0, (await CordonProcess.RunAsync(folder.Path, "audit", "--organisation", "acme", "--output", acmeCsv)).ExitCode);
        var acmeActions = File.ReadAllLines(acmeCsv).Skip(1).Select(l => l.Split(',')[6]).ToList();
        Assert.Equal(["user.reset-password", "user.disable", "api-key.revoke", "api-key.create", "user.create", "organisation.create"], acmeActions);

        var csvPath = folder.Combine("audit.csv");
        var export = await CordonProcess.RunAsync(folder.Path, "audit", "--action", "user.*", "--since", "1d", "--output", csvPath);
        Assert.True(export.ExitCode == 0, export.Error);
        var lines = File.ReadAllLines(csvPath);
        Assert.StartsWith("id,at,organisation,user_id,user_name,", lines[0]);
        Assert.Equal(3, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.Contains(",user.", l, StringComparison.Ordinal));
        Assert.DoesNotContain(secret, File.ReadAllText(csvPath));
        Assert.Contains("3 event(s) written", export.Error);

        var badSince = await CordonProcess.RunAsync(folder.Path, "audit", "--since", "yesterday");
        Assert.Equal(2, badSince.ExitCode);
        Assert.Contains("--since", badSince.Error);
    }

    [Fact]
    public async Task Watch_subjects_stay_in_the_organisation_the_command_acts_as()
    {
        using var folder = new TempFolder();
        var input = folder.File("customers.csv", "id,name,type\ncust-1,Artem Lifshits,person\n");
        Assert.Equal(0, (await CordonProcess.RunAsync(folder.Path, "lists", "import", SharedData.Path("lists", "ofac-sample"))).ExitCode);
        Assert.Equal(0, (await CordonProcess.RunAsync(folder.Path, "orgs", "add", "acme")).ExitCode);

        var add = await CordonProcess.RunAsync(folder.Path, "watch", "add", "--input", input, "--organisation", "acme");
        var acme = await CordonProcess.RunAsync(folder.Path, "watch", "list", "--organisation", "acme");
        var byDefault = await CordonProcess.RunAsync(folder.Path, "watch", "list");
        var acmeAlerts = await CordonProcess.RunAsync(folder.Path, "alerts", "--organisation", "acme");
        var defaultAlerts = await CordonProcess.RunAsync(folder.Path, "alerts");
        var unknown = await CordonProcess.RunAsync(folder.Path, "watch", "list", "--organisation", "nobody");

        Assert.True(add.ExitCode == 0, add.Error);
        Assert.Contains("cust-1", acme.Out);
        Assert.DoesNotContain("cust-1", byDefault.Out);
        Assert.Contains("29702", acmeAlerts.Out);
        Assert.DoesNotContain("29702", defaultAlerts.Out);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no organisation 'nobody'", unknown.Error);
    }
}
