using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace CrmSync.Deploy.Tests.Chart;

/// <summary>What can be verified of charts/crmsync without helm: YAML, the schema, and the values the templates use.</summary>
public sealed partial class ChartTests
{
    [Fact]
    public void ChartYamlAndValuesYaml_Parse_WithTheChartsIdentityAndTheIssuesDefaults()
    {
        var chart = Load(ChartFiles.PathOf("Chart.yaml"));
        Assert.Equal("v2", Scalar(chart, "apiVersion"));
        Assert.Equal("crmsync", Scalar(chart, "name"));
        Assert.Matches(@"^\d+\.\d+\.\d+$", Scalar(chart, "version"));

        var values = Load(ChartFiles.PathOf("values.yaml"));
        Assert.Equal("2", Scalar(values, "replicaCount"));
        Assert.Equal("/healthz", Scalar(values, "livenessProbe", "httpGet", "path"));
        Assert.Equal("/ready", Scalar(values, "readinessProbe", "httpGet", "path"));
        Assert.Equal("/healthz", Scalar(values, "startupProbe", "httpGet", "path"));
        Assert.Equal("true", Scalar(values, "securityContext", "runAsNonRoot"));
        Assert.Equal("true", Scalar(values, "securityContext", "readOnlyRootFilesystem"));
        Assert.Equal("false", Scalar(values, "securityContext", "allowPrivilegeEscalation"));
        Assert.Equal("ALL", ((YamlSequenceNode)Node(values, "securityContext", "capabilities", "drop")).Children.Single().ToString());
        Assert.Equal("false", Scalar(values, "serviceMonitor", "enabled"));
        Assert.Equal("false", Scalar(values, "ingress", "enabled"));
    }

    [Fact]
    public void EveryTemplate_IsYaml_OnceItsTemplateActionsAreTakenOut_OneKubernetesObjectEach()
    {
        var kinds = new List<string>();
        foreach (var template in ChartFiles.Manifests)
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(TemplateText.Strip(File.ReadAllText(template))));
            }
            catch (YamlDotNet.Core.YamlException e)
            {
                Assert.Fail($"{Path.GetFileName(template)} line {e.Start.Line}: {e.Message}");
            }

            var document = Assert.Single(stream.Documents);
            var root = (YamlMappingNode)document.RootNode;
            Assert.True(root.Children.ContainsKey("apiVersion"), $"{Path.GetFileName(template)} has no apiVersion");
            kinds.Add(Scalar(root, "kind"));
        }

        Assert.Equal(["ConfigMap", "Deployment", "Ingress", "PodDisruptionBudget", "Service", "ServiceAccount", "ServiceMonitor"], kinds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Templates_RenderNoSecret_TheConnectionStringAndTokensComeFromExistingSecrets()
    {
        var all = string.Join('\n', ChartFiles.AllTemplates.Select(File.ReadAllText));
        Assert.DoesNotContain("kind: Secret", all, StringComparison.Ordinal);
        var deployment = File.ReadAllText(ChartFiles.PathOf("templates/deployment.yaml"));
        Assert.Matches(@"- name: ConnectionStrings__CrmSync\s+valueFrom:\s+secretKeyRef:", deployment);
        Assert.Matches(@"envFrom:\s+- secretRef:\s+name: \{\{ \.Values\.existingSecret \}\}", deployment);
        Assert.Contains("terminationGracePeriodSeconds: {{ .Values.terminationGracePeriodSeconds }}", deployment, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryValuesPathUsedInTemplates_ExistsInValuesYamlOrTheSchema()
    {
        var values = Load(ChartFiles.PathOf("values.yaml"));
        using var schema = JsonDocument.Parse(File.ReadAllText(ChartFiles.PathOf("values.schema.json")));
        var missing = new List<string>();
        foreach (var template in ChartFiles.AllTemplates)
        {
            foreach (Match use in ValuesPath().Matches(File.ReadAllText(template)))
            {
                var path = use.Groups[1].Value.Split('.');
                if (!InValues(values, path) && !InSchema(schema.RootElement, path))
                    missing.Add($"{Path.GetFileName(template)}: .Values.{use.Groups[1].Value}");
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public async Task ValuesYaml_ValidatesAgainstTheSchema()
    {
        var (exitCode, output) = await Ajv.ValidateAsync(ChartFiles.PathOf("values.yaml"));

        Assert.True(exitCode == 0, output);
        Assert.Contains("valid", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("replicaCount: 2", "replicaCount: two", "/replicaCount must be integer")]
    [InlineData("  pullPolicy: IfNotPresent", "  pullPolicy: Sometimes", "/image/pullPolicy must be equal to one of the allowed values")]
    [InlineData("terminationGracePeriodSeconds: 75", "terminationGracePeriodSeconds: 5", "/terminationGracePeriodSeconds must be >= 30")]
    [InlineData("replicaCount: 2", "replicas: 2", "must have required property 'replicaCount'")]
    [InlineData("  readOnlyRootFilesystem: true", "  readOnlyRootFilesystem: \"yes\"", "/securityContext/readOnlyRootFilesystem must be boolean")]
    [InlineData("    Connectors: {}", "    Connectors: {}\n  ConnectionStrings:\n    CrmSync: Host=db;Password=secret", "/config/ConnectionStrings must NOT be valid")]
    public async Task AWrongValue_FailsValidation_NamingItsKey(string line, string replacement, string message)
    {
        var original = await File.ReadAllTextAsync(ChartFiles.PathOf("values.yaml"), TestContext.Current.CancellationToken);
        Assert.Contains(line + "\n", original, StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"crmsync-values-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, original.Replace(line + "\n", replacement + "\n", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        try
        {
            var (exitCode, output) = await Ajv.ValidateAsync(file);

            Assert.NotEqual(0, exitCode);
            Assert.Contains(message, output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlNode Node(YamlMappingNode root, params string[] path)
    {
        YamlNode node = root;
        foreach (var key in path)
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        return node;
    }

    private static string Scalar(YamlMappingNode root, params string[] path) => ((YamlScalarNode)Node(root, path)).Value!;

    private static bool InValues(YamlMappingNode values, string[] path)
    {
        YamlNode node = values;
        foreach (var key in path)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var child))
                return false;
            node = child;
        }

        return true;
    }

    private static bool InSchema(JsonElement schema, string[] path)
    {
        var node = schema;
        foreach (var key in path)
        {
            if (!node.TryGetProperty("properties", out var properties) || !properties.TryGetProperty(key, out node))
                return false;
        }

        return true;
    }

    [GeneratedRegex(@"\.Values\.([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)")]
    private static partial Regex ValuesPath();
}
