using System.Reflection;
using NetArchTest.Rules;

namespace Cordon.Architecture.Tests;

/// <summary>
/// The dependency rules of issue 14, checked on the compiled assemblies type by type: the pure cores know no storage,
/// no database driver and no web framework; a capability that owns its storage port (cases) references no provider;
/// storage references no capability's use cases nor a host; nothing but the hosts references a host.
/// </summary>
public sealed class DependencyRulesTests
{
    private static readonly string[] Providers = ["Cordon.Storage", "Microsoft.Data.Sqlite", "Npgsql", "System.Data"];
    private static readonly string[] WebFramework = ["Microsoft.AspNetCore"];
    private static readonly string[] Hosts = ["Cordon.Web", "Cordon.Cli"];
    private static readonly string[] UseCases = ["Cordon.Screening", "Cordon.Hub", "Cordon.Assessments", "Cordon.Accounts"];

    /// <summary>The pure cores: parsing, normalisation, matching, scoring, linking.</summary>
    public static TheoryData<string> Cores => new()
    {
        "Cordon.Core", "Cordon.Lists", "Cordon.Matching", "Cordon.Stix", "Cordon.Intelligence", "Cordon.Risk", "Cordon.Networks",
    };

    /// <summary>Capabilities that declare their own storage port and implement none.</summary>
    public static TheoryData<string> PortOwners => new() { "Cordon.Cases" };

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
    public void A_capability_that_owns_its_port_references_no_provider_and_no_host(string assembly) =>
        AssertNoDependency(assembly, [.. Providers, .. WebFramework, .. Hosts, .. UseCases]);

    [Fact]
    public void Storage_references_no_use_case_and_no_host() =>
        AssertNoDependency("Cordon.Storage", [.. WebFramework, .. Hosts, .. UseCases]);

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

    private static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));
}
