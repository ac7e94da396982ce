using KnowledgeGraph.Conformance.Tests.Manifests;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Engine;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Conformance.Tests.Sparql;

/// <summary>
/// Runs one SPARQL test from a W3C manifest against a store made by the given factory (so that the persistent store
/// can run the same suite). Returns null on success, otherwise the reason for the failure. A store that is
/// <see cref="IDisposable"/> is disposed after its test.
/// </summary>
public sealed class SparqlTestRunner(Func<IQuadStore> storeFactory)
{
    private const string Qt = ManifestVocabulary.Qt;
    private const string Ut = ManifestVocabulary.Ut;
    private static readonly Iri QtQuery = Iri.Unchecked(Qt + "query");
    private static readonly Iri QtData = Iri.Unchecked(Qt + "data");
    private static readonly Iri QtGraphData = Iri.Unchecked(Qt + "graphData");
    private static readonly Iri UtRequest = Iri.Unchecked(Ut + "request");
    private static readonly Iri UtData = Iri.Unchecked(Ut + "data");
    private static readonly Iri UtGraphData = Iri.Unchecked(Ut + "graphData");
    private static readonly Iri UtGraph = Iri.Unchecked(Ut + "graph");
    private static readonly Iri RdfsLabel = Iri.Unchecked(ManifestVocabulary.Rdfs + "label");
    private static readonly Iri ResultCardinality = Iri.Unchecked(ManifestVocabulary.Mf + "resultCardinality");

    private readonly SparqlEngine _engine = new(new SparqlEngineOptions(Timeout: TimeSpan.FromSeconds(20)));

    public string? Run(ManifestEntry entry)
    {
        try
        {
            return RunUnchecked(entry);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ex.GetType().Name + ": " + ex.Message;
        }
    }

    private string? RunUnchecked(ManifestEntry entry)
    {
        string type = entry.TypeName;
        switch (type)
        {
            case "PositiveSyntaxTest" or "PositiveSyntaxTest11" or "PositiveUpdateSyntaxTest11":
                Parse(entry.Action!, type.Contains("Update", StringComparison.Ordinal));
                return null;
            case "NegativeSyntaxTest" or "NegativeSyntaxTest11" or "NegativeUpdateSyntaxTest11":
                try
                {
                    Parse(entry.Action!, type.Contains("Update", StringComparison.Ordinal));
                    return "parsed, but should have been rejected";
                }
                catch (SparqlSyntaxException)
                {
                    return null;
                }

            case "QueryEvaluationTest" or "CSVResultFormatTest":
                return RunQuery(entry, type == "CSVResultFormatTest");
            case "UpdateEvaluationTest":
                return RunUpdate(entry);
            default:
                return "unknown test type " + type;
        }
    }

    private static void Parse(Term file, bool update)
    {
        string path = ManifestEntry.LocalPath(file);
        update |= path.EndsWith(".ru", StringComparison.Ordinal);
        string text = File.ReadAllText(path);
        var options = new SparqlParserOptions(((Iri)file).Value, Path.GetFileName(path));
        if (update)
        {
            SparqlParser.ParseUpdate(text, options);
        }
        else
        {
            SparqlParser.ParseQuery(text, options);
        }
    }

    private static IEnumerable<Quad> ReadRdf(Term file)
    {
        string path = ManifestEntry.LocalPath(file);
        var format = RdfFormats.TryGuessFromPath(path, out var f) ? f : RdfFormat.Turtle;
        using var stream = File.OpenRead(path);
        return RdfFormats.Read(stream, format, new RdfReaderOptions { BaseIri = ((Iri)file).Value, SourceName = path }).ToList();
    }

    private string? RunQuery(ManifestEntry entry, bool csv)
    {
        var queryFile = entry.ActionProperty(QtQuery)!;
        var data = entry.Properties(entry.Action!, QtData);
        var graphData = entry.Properties(entry.Action!, QtGraphData);
        string queryPath = ManifestEntry.LocalPath(queryFile);
        var query = SparqlParser.ParseQuery(File.ReadAllText(queryPath), new SparqlParserOptions(((Iri)queryFile).Value, Path.GetFileName(queryPath)));
        var store = storeFactory();
        using var disposeStore = store as IDisposable;
        var changes = new ChangeSet();
        QueryDataset? dataset = null;
        if (!query.HasDatasetClause && (data.Count > 0 || graphData.Count > 0))
        {
            foreach (var d in data)
            {
                changes.Insertions.AddRange(ReadRdf(d).Select(q => q with { Graph = DefaultGraph.Instance }));
            }

            foreach (var g in graphData)
            {
                changes.Insertions.AddRange(ReadRdf(g).Select(q => q with { Graph = g }));
            }

            dataset = new QueryDataset([DefaultGraph.Instance], null);
        }
        else
        {
            // The query's FROM/FROM NAMED choose the dataset; their documents are loaded as named graphs.
            foreach (var g in (query.DefaultGraphs ?? []).Concat(query.NamedGraphs ?? []).Concat(graphData).Distinct())
            {
                changes.Insertions.AddRange(ReadRdf(g).Select(q => q with { Graph = g }));
            }
        }

        store.Apply(changes);
        using var result = _engine.Query(store, query, dataset);
        var expectedFile = entry.Result!;
        string expectedPath = ManifestEntry.LocalPath(expectedFile);
        if (csv)
        {
            var writer = new StringWriter();
            SparqlResults.Write(result, SparqlResultFormat.Csv, writer);
            return CompareCsv(writer.ToString(), File.ReadAllText(expectedPath));
        }

        bool lax = entry.Property(entry.Id, ResultCardinality) is Iri c && c.Value.EndsWith("LaxCardinality", StringComparison.Ordinal);
        bool ordered = query.Pattern is OrderBy || ContainsOrderBy(query.Pattern);
        return CompareResult(result, expectedFile, expectedPath, ordered, lax);
    }

    private static bool ContainsOrderBy(GraphPattern p) => p switch
    {
        OrderBy => true,
        Project pr => ContainsOrderBy(pr.Inner),
        Distinct d => ContainsOrderBy(d.Inner),
        Reduced r => ContainsOrderBy(r.Inner),
        Slice s => ContainsOrderBy(s.Inner),
        _ => false,
    };

    private static string? CompareResult(QueryResult result, Term expectedFile, string expectedPath, bool ordered, bool lax)
    {
        var expected = ExpectedResults.Load(expectedFile, expectedPath);
        switch (result)
        {
            case BooleanResult b:
                return expected.Boolean is { } eb ? (eb == b.Value ? null : $"ASK gave {b.Value}, expected {eb}") : "expected a non-boolean result";
            case GraphResult g:
                {
                    if (expected.Graph is null)
                    {
                        return "expected a result set, got a graph";
                    }

                    var actual = g.ToList();
                    return Isomorphism.AreIsomorphic(actual, expected.Graph)
                        ? null
                        : $"graphs differ\n got:\n  {string.Join("\n  ", actual.Take(30))}\n expected:\n  {string.Join("\n  ", expected.Graph.Take(30))}";
                }

            case SolutionsResult s:
                {
                    if (expected.Variables is null)
                    {
                        return "expected a boolean or graph, got solutions";
                    }

                    var rows = s.Select(x => Enumerable.Range(0, x.Variables.Count).Select(i => x[i]).ToArray()).ToList();
                    return ResultSetComparer.Compare(s.Variables, rows, expected.Variables, expected.Rows!, ordered, lax);
                }

            default:
                return "unknown result";
        }
    }

    private static string? CompareCsv(string actual, string expected)
    {
        static string Normalise(string s) => s.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
        var a = Normalise(actual).Split('\n');
        var e = Normalise(expected).Split('\n');
        if (a.Length != e.Length || a[0] != e[0])
        {
            return $"CSV differs\n got:\n{actual}\n expected:\n{expected}";
        }

        // Rows are unordered; blank-node labels may differ.
        static string Mask(string line) => System.Text.RegularExpressions.Regex.Replace(line, "_:[A-Za-z0-9.]+", "_:b");
        var got = a.Skip(1).Select(Mask).Order(StringComparer.Ordinal);
        var want = e.Skip(1).Select(Mask).Order(StringComparer.Ordinal);
        return got.SequenceEqual(want) ? null : $"CSV differs\n got:\n{actual}\n expected:\n{expected}";
    }

    private string? RunUpdate(ManifestEntry entry)
    {
        var action = entry.Action!;
        var request = entry.Property(action, UtRequest)!;
        var store = storeFactory();
        using var disposeStore = store as IDisposable;
        store.Apply(LoadDataset(entry, action));
        string path = ManifestEntry.LocalPath(request);
        var update = SparqlParser.ParseUpdate(File.ReadAllText(path), new SparqlParserOptions(((Iri)request).Value, Path.GetFileName(path)));
        _engine.Update(store, update);
        var expected = new InMemoryDataset();
        expected.Apply(LoadDataset(entry, entry.Result!));
        var gotDefault = store.Match(null, null, null, DefaultGraph.Instance).Select(q => q.Triple).ToList();
        var wantDefault = expected.Match(null, null, null, DefaultGraph.Instance).Select(q => q.Triple).ToList();
        if (!Isomorphism.AreIsomorphic(gotDefault, wantDefault))
        {
            return $"default graph differs\n got:\n  {string.Join("\n  ", gotDefault.Take(30))}\n expected:\n  {string.Join("\n  ", wantDefault.Take(30))}";
        }

        var names = store.NamedGraphs().Concat(expected.NamedGraphs()).Distinct().ToList();
        foreach (var g in names)
        {
            var got = store.Match(null, null, null, g).Select(q => q.Triple).ToList();
            var want = expected.Match(null, null, null, g).Select(q => q.Triple).ToList();
            if (!Isomorphism.AreIsomorphic(got, want))
            {
                return $"graph {g} differs\n got:\n  {string.Join("\n  ", got.Take(30))}\n expected:\n  {string.Join("\n  ", want.Take(30))}";
            }
        }

        return null;
    }

    private static ChangeSet LoadDataset(ManifestEntry entry, Term node)
    {
        var changes = new ChangeSet();
        foreach (var d in entry.Properties(node, UtData))
        {
            changes.Insertions.AddRange(ReadRdf(d).Select(q => q with { Graph = DefaultGraph.Instance }));
        }

        foreach (var gd in entry.Properties(node, UtGraphData))
        {
            var file = entry.Property(gd, UtGraph)!;
            var label = entry.Property(gd, RdfsLabel) as Literal;
            Term name = label is null ? file : Iri.Unchecked(label.Value);
            changes.Insertions.AddRange(ReadRdf(file).Select(q => q with { Graph = name }));
        }

        return changes;
    }

    /// <summary>The RDF vocabulary used by the result-set encoding (rs:).</summary>
    internal static Iri Rs(string local) => Iri.Unchecked("http://www.w3.org/2001/sw/DataAccess/tests/result-set#" + local);

    internal static Iri RdfType => RdfVocabulary.Type;
}
