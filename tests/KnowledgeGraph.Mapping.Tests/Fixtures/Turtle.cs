using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Mapping.Tests.Fixtures;

/// <summary>Turtle files and snippets for tests, read with the project's Turtle reader.</summary>
internal static class Turtle
{
    public static List<Quad> ReadFile(string path) => [.. RdfFormats.ReadFile(path, RdfFormat.Turtle)];

    public static List<Quad> Read(string text) => [.. new TurtleReader().Read(text)];
}
