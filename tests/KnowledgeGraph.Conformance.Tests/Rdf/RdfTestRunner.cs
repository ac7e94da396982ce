using KnowledgeGraph.Conformance.Tests.Manifests;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Conformance.Tests.Rdf;

/// <summary>Runs one entry of the W3C RDF syntax suites (N-Triples, N-Quads, Turtle, TriG) and says why it failed.</summary>
internal static class RdfTestRunner
{
    /// <summary>Null when the test passes, otherwise the reason.</summary>
    public static string? Run(ManifestEntry entry)
    {
        string type = entry.TypeName;
        if (entry.Action is not Iri action)
        {
            return "no action";
        }

        string path = ManifestEntry.LocalPath(action);
        var options = new RdfReaderOptions { BaseIri = entry.PublishedIri(action), SourceName = Path.GetFileName(path), BlankNodeScope = BlankNodeScope.Preserve };
        IRdfReader reader = ReaderFor(type, options);
        if (type.EndsWith("NegativeSyntax", StringComparison.Ordinal) || type.EndsWith("NegativeEval", StringComparison.Ordinal))
        {
            try
            {
                int n = Parse(reader, path).Count;
                return $"accepted invalid input ({n} quads)";
            }
            catch (RdfSyntaxException)
            {
                return null;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return "wrong exception " + e.GetType().Name + ": " + e.Message;
            }
        }

        List<Quad> actual;
        try
        {
            actual = Parse(reader, path);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return "rejected valid input: " + e.Message;
        }

        if (type.EndsWith("PositiveSyntax", StringComparison.Ordinal))
        {
            return null;
        }

        if (entry.Result is not Iri result)
        {
            return "no result";
        }

        string resultPath = ManifestEntry.LocalPath(result);
        if (type.EndsWith("C14N", StringComparison.Ordinal))
        {
            var text = new StringWriter();
            IRdfWriter writer = type.Contains("NQuads", StringComparison.Ordinal) ? new NQuadsWriter(text) : new NTriplesWriter(text);
            foreach (var q in actual)
            {
                writer.Write(q);
            }

            writer.Finish();
            string expectedText = File.ReadAllText(resultPath);
            return text.ToString() == expectedText ? null : $"canonical form differs:\n{text}\nexpected:\n{expectedText}";
        }

        var expectedReader = new NQuadsReader(new RdfReaderOptions { SourceName = Path.GetFileName(resultPath) });
        List<Quad> expected;
        try
        {
            expected = Parse(expectedReader, resultPath);
        }
        catch (RdfSyntaxException e)
        {
            return "cannot read expected result: " + e.Message;
        }

        return Isomorphism.AreIsomorphic(actual, expected)
            ? null
            : $"not isomorphic.\nactual:\n{string.Join('\n', actual)}\nexpected:\n{string.Join('\n', expected)}";
    }

    private static IRdfReader ReaderFor(string type, RdfReaderOptions options) =>
        type.StartsWith("TestNTriples", StringComparison.Ordinal) ? new NTriplesReader(options)
        : type.StartsWith("TestNQuads", StringComparison.Ordinal) ? new NQuadsReader(options)
        : type.StartsWith("TestTurtle", StringComparison.Ordinal) ? new TurtleReader(options)
        : type.StartsWith("TestTrig", StringComparison.Ordinal) ? new TriGReader(options)
        : throw new InvalidOperationException("unknown test type " + type);

    private static List<Quad> Parse(IRdfReader reader, string path)
    {
        using var stream = File.OpenRead(path);
        return reader.Read(stream).ToList();
    }
}
