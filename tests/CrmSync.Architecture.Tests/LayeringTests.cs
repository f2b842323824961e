using System.Reflection;
using NetArchTest.Rules;

namespace CrmSync.Architecture.Tests;

/// <summary>Data flows one way: connectors and the store know Core, the host knows everyone, Core knows nothing.</summary>
public class LayeringTests
{
    [Fact]
    public void Core_UsesNoHttpSqlHangfireAspNetOrOtherProject() =>
        AssertNoDependency(Layers.Core, Layers.ForbiddenInCore);

    [Fact]
    public void EachConnector_KnowsNeitherStoreHostSandboxNorAnotherConnector()
    {
        foreach (var connector in Layers.Connectors)
            AssertNoDependency(connector, Layers.ForbiddenInConnector(connector));
    }

    [Fact]
    public void Sandbox_SharesNoTypeWithAConnectorTheStoreOrTheHost() =>
        AssertNoDependency(Layers.Sandbox, Layers.ForbiddenInSandbox);

    [Fact]
    public void Storage_KnowsNoConnectorAndNoHost() =>
        AssertNoDependency(Layers.Storage, ["CrmSync.Worker", "CrmSync.Sandbox", "Hangfire", .. Layers.Connectors.Select(a => a.GetName().Name!)]);

    [Fact]
    public void TheRule_CatchesADeliberateViolation()
    {
        // This test assembly holds a type in a CrmSync.Core.* namespace that uses HttpClient: the Core rule must see it.
        var violations = Violations(typeof(LayeringTests).Assembly, Layers.ForbiddenInCore, "CrmSync.Core");

        Assert.Contains(typeof(Fixtures.CrmSync.Core.ViolatesLayering).FullName, violations);
    }

    internal static IReadOnlyList<string> Violations(Assembly assembly, string[] forbidden, string? inNamespace = null)
    {
        var types = Types.InAssembly(assembly);
        var conditions = inNamespace is null ? types.ShouldNot() : types.That().ResideInNamespace($"Fixtures.{inNamespace}").ShouldNot();
        var result = conditions.HaveDependencyOnAny(forbidden).GetResult();
        return result.IsSuccessful ? [] : result.FailingTypeNames.ToList();
    }

    private static void AssertNoDependency(Assembly assembly, string[] forbidden)
    {
        var violations = Violations(assembly, forbidden);
        Assert.True(violations.Count == 0,
            $"{assembly.GetName().Name} must not depend on {string.Join(", ", forbidden)}; these types do: {string.Join(", ", violations)}");
    }
}
