using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping.Tests.Fixtures;

/// <summary>The ontology and shapes files, parsed once.</summary>
internal static class OntologyFiles
{
    private static readonly Lazy<List<Quad>> s_ontology = new(() => Turtle.ReadFile(RepositoryPaths.Ontology));
    private static readonly Lazy<List<Quad>> s_shapes = new(() => Turtle.ReadFile(RepositoryPaths.Shapes));

    public static IReadOnlyList<Quad> Ontology => s_ontology.Value;

    public static IReadOnlyList<Quad> Shapes => s_shapes.Value;
}
