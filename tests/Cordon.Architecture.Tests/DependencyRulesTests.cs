using System.Reflection;
using NetArchTest.Rules;

namespace Cordon.Architecture.Tests;

/// <summary>
/// The dependency rules of issue 14, checked on the compiled assemblies type by type: the pure cores know no storage,
/// no database driver and no web framework; a capability that owns its model and storage port (cases, accounts, lists)
/// references no provider and no other capability's use cases; storage references the capabilities' models and ports
/// but none of their use cases nor a host; nothing but the hosts references a host.
/// </summary>
public sealed class DependencyRulesTests
{
    private static readonly string[] Providers = ["Cordon.Storage", "Microsoft.Data.Sqlite", "Npgsql", "System.Data"];
    private static readonly string[] WebFramework = ["Microsoft.AspNetCore"];
    private static readonly string[] Hosts = ["Cordon.Web", "Cordon.Cli"];
    private static readonly string[] UseCases = ["Cordon.Screening", "Cordon.Hub", "Cordon.Assessments", "Cordon.Accounts"];

    /// <summary>
    /// The use cases of the capabilities whose model and port storage references: the types storage may not know of,
    /// though it knows their namespace.
    /// </summary>
    private static readonly string[] PortOwnerUseCases =
    [
        "Cordon.Cases.CaseService", "Cordon.Cases.CaseWorkflow",
        "Cordon.Accounts.AccountService", "Cordon.Accounts.AuditLog", "Cordon.Accounts.SignInThrottle",
        "Cordon.Lists.ListLoader", "Cordon.Lists.ListReaders",
    ];

    /// <summary>Assemblies of a storage provider or of the web framework, by name prefix.</summary>
    private static readonly string[] ProviderAssemblies = ["Cordon.Storage", "Microsoft.Data.Sqlite", "Npgsql", "System.Data.Common", "Microsoft.AspNetCore"];

    /// <summary>The pure cores: parsing, normalisation, matching, scoring, linking.</summary>
    public static TheoryData<string> Cores => new()
    {
        "Cordon.Core", "Cordon.Lists", "Cordon.Matching", "Cordon.Stix", "Cordon.Intelligence", "Cordon.Risk", "Cordon.Networks",
    };

    /// <summary>Capabilities that declare their own storage port and implement none.</summary>
    public static TheoryData<string> PortOwners => new() { "Cordon.Cases", "Cordon.Accounts", "Cordon.Lists" };

    /// <summary>Everything that is not a host.</summary>
    public static TheoryData<string> NotHosts => new()
    {
        "Cordon.Core", "Cordon.Lists", "Cordon.Matching", "Cordon.Stix", "Cordon.Intelligence", "Cordon.Risk", "Cordon.Networks",
        "Cordon.Cases", "Cordon.Storage", "Cordon.Accounts", "Cordon.Assessments", "Cordon.Hub", "Cordon.Screening",
    };

    [Theory]
    [MemberData(nameof(Cores))]
    public void A_core_references_no_storage_no_database_driver_no_web_framework_and_no_host(string assembly) =>
        AssertNoDependency(assembly, [.. Providers, .. WebFramework, .. Hosts, .. UseCases]);

    [Theory]
    [MemberData(nameof(PortOwners))]
    public void A_capability_that_owns_its_port_references_no_provider_no_host_and_no_other_use_case(string assembly) =>
        AssertNoDependency(assembly, [.. Providers, .. Hosts, .. UseCases.Where(u => u != assembly)]);

    [Theory]
    [MemberData(nameof(PortOwners))]
    public void A_capability_that_owns_its_port_links_no_storage_driver_nor_web_framework_assembly(string assembly) =>
        AssertNoAssemblyReference(assembly, ProviderAssemblies);

    [Theory]
    [MemberData(nameof(PortOwners))]
    public void Storage_references_each_capability_that_owns_its_port_and_implements_its_ports(string assembly)
    {
        var storage = Load("Cordon.Storage");
        Assert.Contains(storage.GetReferencedAssemblies(), a => a.Name == assembly);
        var ports = Load(assembly).GetExportedTypes().Where(t => t.IsInterface && t.Name.EndsWith("Store", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(ports);
        var store = storage.GetType("Cordon.Storage.SqlCordonStore", throwOnError: true)!;
        Assert.All(ports, port => Assert.True(port.IsAssignableFrom(store), $"{store.Name} does not implement {port.FullName}"));
    }

    [Fact]
    public void Storage_references_no_use_case_and_no_host() =>
        AssertNoDependency("Cordon.Storage", [.. WebFramework, .. Hosts, .. UseCases.Where(u => u != "Cordon.Accounts"), .. PortOwnerUseCases]);

    [Theory]
    [MemberData(nameof(NotHosts))]
    public void Only_hosts_reference_hosts(string assembly) => AssertNoDependency(assembly, Hosts);

    [Fact]
    public void The_rules_see_dependencies_that_exist()
    {
        // Guards against a check that cannot fail (a wrong assembly name or an empty type list passes every rule).
        Assert.False(Types.InAssembly(Load("Cordon.Storage")).ShouldNot().HaveDependencyOnAny("Npgsql").GetResult().IsSuccessful);
        Assert.False(Types.InAssembly(Load("Cordon.Web")).ShouldNot().HaveDependencyOnAny("Microsoft.AspNetCore").GetResult().IsSuccessful);
        Assert.False(Types.InAssembly(Load("Cordon.Storage")).ShouldNot().HaveDependencyOnAny("Cordon.Cases").GetResult().IsSuccessful);
        Assert.False(Types.InAssembly(Load("Cordon.Storage")).ShouldNot().HaveDependencyOnAny("Cordon.Accounts").GetResult().IsSuccessful);
        Assert.False(Types.InAssembly(Load("Cordon.Storage")).ShouldNot().HaveDependencyOnAny("Cordon.Lists").GetResult().IsSuccessful);
        // A type name (not a namespace) is matched too, as the use-case types storage may not know are given.
        Assert.False(Types.InAssembly(Load("Cordon.Storage")).ShouldNot().HaveDependencyOnAny("Cordon.Accounts.UserAccount").GetResult().IsSuccessful);
    }

    [Theory]
    [InlineData("Cordon.Screening")]
    [InlineData("Cordon.Hub")]
    [InlineData("Cordon.Web")]
    public void The_rules_fail_on_modules_that_do_reference_a_provider(string assembly)
    {
        // Each rule applied to a module that does depend on storage or the web framework must fail, or it checks nothing.
        Assert.False(Types.InAssembly(Load(assembly)).ShouldNot().HaveDependencyOnAny([.. Providers, .. Hosts.Where(h => h != assembly)]).GetResult().IsSuccessful);
        Assert.Contains(Load(assembly).GetReferencedAssemblies(), a => ProviderAssemblies.Any(p => a.Name!.StartsWith(p, StringComparison.Ordinal)));
    }

    private static void AssertNoDependency(string assembly, string[] forbidden)
    {
        var types = Types.InAssembly(Load(assembly));
        Assert.NotEmpty(types.GetTypes());
        var result = types.ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(
            result.IsSuccessful,
            $"{assembly} depends on {string.Join(", ", forbidden)} through: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    private static void AssertNoAssemblyReference(string assembly, string[] forbiddenPrefixes)
    {
        var linked = Load(assembly).GetReferencedAssemblies()
            .Where(a => forbiddenPrefixes.Any(p => a.Name!.StartsWith(p, StringComparison.Ordinal)))
            .Select(a => a.Name)
            .ToList();
        Assert.True(linked.Count == 0, $"{assembly} links {string.Join(", ", linked)}");
    }

    private static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));
}
