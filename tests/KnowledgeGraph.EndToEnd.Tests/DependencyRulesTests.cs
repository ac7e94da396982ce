using System.Xml.Linq;

namespace KnowledgeGraph.EndToEnd.Tests;

/// <summary>
/// The project reference rules of docs/architecture: arrows point down the stack, the store dependency is inverted
/// (query projects read through the contract in Rdf), nothing references the CLI, and there are no cycles.
/// </summary>
public sealed class DependencyRulesTests
{
    private const string Prefix = "KnowledgeGraph.";

    // Project (without the KnowledgeGraph. prefix) → the projects it may reference. Cli may reference any.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Rdf"] = [],
        ["Rdf.Formats"] = ["Rdf"],
        ["Sparql"] = ["Rdf"],
        ["PropertyGraph"] = ["Rdf"],
        ["Sparql.Engine"] = ["Sparql", "Rdf.Formats", "Rdf"],
        ["Store"] = ["Rdf", "Rdf.Formats"],
        ["Extraction"] = [],
        ["Mapping"] = ["Extraction", "Rdf"],
        ["Connectors"] = ["Rdf.Formats", "Sparql", "PropertyGraph", "Rdf"],
        ["Cypher"] = ["PropertyGraph", "Rdf"],
        ["Server"] = ["Store", "Sparql.Engine", "Sparql", "Cypher", "PropertyGraph", "Rdf.Formats", "Rdf"],
    };

    private static Dictionary<string, List<string>> References()
    {
        var graph = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var csproj in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.csproj", SearchOption.AllDirectories))
        {
            var name = Path.GetFileNameWithoutExtension(csproj);
            graph[name] = [.. XDocument.Load(csproj).Descendants("ProjectReference")
                .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))];
        }

        return graph;
    }

    [Fact]
    public void Every_project_reference_is_an_allowed_arrow()
    {
        var graph = References();
        var violations = new List<string>();
        foreach (var (project, references) in graph)
        {
            var shortName = project.StartsWith(Prefix, StringComparison.Ordinal) ? project[Prefix.Length..] : project;
            foreach (var reference in references)
            {
                var target = reference.StartsWith(Prefix, StringComparison.Ordinal) ? reference[Prefix.Length..] : reference;
                if (target == "Cli")
                {
                    violations.Add($"{shortName} → Cli: nothing may reference the CLI");
                }
                else if (shortName == "Cli")
                {
                    continue;
                }
                else if (!Allowed.TryGetValue(shortName, out var allowed))
                {
                    violations.Add($"{shortName} has no dependency rule; add it to the architecture rules and this test");
                }
                else if (!allowed.Contains(target))
                {
                    violations.Add($"{shortName} → {target} is not an allowed reference");
                }
            }
        }

        Console.WriteLine($"Dependency rules: {graph.Count} projects, {graph.Sum(p => p.Value.Count)} references, {violations.Count} violations");
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.Contains(Prefix + "Cli", graph.Keys);
    }

    [Fact]
    public void Project_references_have_no_cycles()
    {
        var graph = References();
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new Stack<string>();

        string? Visit(string node)
        {
            state[node] = 1;
            path.Push(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    return string.Join(" → ", path.Reverse().Append(next));
                }

                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.Pop();
            state[node] = 2;
            return null;
        }

        foreach (var node in graph.Keys)
        {
            if (state.GetValueOrDefault(node) == 0 && Visit(node) is { } cycle)
            {
                Assert.Fail("reference cycle: " + cycle);
            }
        }
    }
}
