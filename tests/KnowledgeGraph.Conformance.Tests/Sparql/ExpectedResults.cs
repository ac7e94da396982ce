using KnowledgeGraph.Conformance.Tests.Manifests;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Conformance.Tests.Sparql;

/// <summary>An expected result read from a .srx, .srj, .tsv, .csv, .ttl or .rdf file: a boolean, a result set or a graph.</summary>
public sealed class ExpectedResults
{
    public bool? Boolean { get; private init; }

    public IReadOnlyList<string>? Variables { get; private init; }

    public List<Term?[]>? Rows { get; private init; }

    public List<Triple>? Graph { get; private init; }

    public static ExpectedResults Load(Term file, string path)
    {
        string ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".srx" or ".srj" or ".tsv" or ".csv")
        {
            var format = ext switch
            {
                ".srx" => SparqlResultFormat.Xml,
                ".srj" => SparqlResultFormat.Json,
                ".tsv" => SparqlResultFormat.Tsv,
                _ => SparqlResultFormat.Csv,
            };
            using var reader = new StreamReader(path);
            var result = SparqlResults.Read(reader, format);
            if (result is BooleanResult b)
            {
                return new ExpectedResults { Boolean = b.Value };
            }

            var s = (SolutionsResult)result;
            return new ExpectedResults { Variables = s.Variables, Rows = s.Select(x => Enumerable.Range(0, x.Variables.Count).Select(i => x[i]).ToArray()).ToList() };
        }

        var rdfFormat = RdfFormats.TryGuessFromPath(path, out var f) ? f : RdfFormat.Turtle;
        List<Quad> quads;
        using (var stream = File.OpenRead(path))
        {
            quads = RdfFormats.Read(stream, rdfFormat, new RdfReaderOptions { BaseIri = ((Iri)file).Value, SourceName = path }).ToList();
        }

        var graph = new InMemoryDataset(quads);
        var resultSet = graph.Match(null, SparqlTestRunner.RdfType, SparqlTestRunner.Rs("ResultSet"), null).Select(q => q.Subject).FirstOrDefault();
        if (resultSet is null)
        {
            return new ExpectedResults { Graph = quads.Select(q => q.Triple).ToList() };
        }

        Term? Value(Term s, string p) => graph.Match(s, SparqlTestRunner.Rs(p), null, null).Select(q => q.Obj).FirstOrDefault();
        if (Value(resultSet, "boolean") is Literal bl)
        {
            return new ExpectedResults { Boolean = bl.Value == "true" };
        }

        var vars = graph.Match(resultSet, SparqlTestRunner.Rs("resultVariable"), null, null).Select(q => ((Literal)q.Obj).Value).ToList();
        var solutions = new List<(int Index, Term?[] Row)>();
        foreach (var solution in graph.Match(resultSet, SparqlTestRunner.Rs("solution"), null, null).Select(q => q.Obj))
        {
            var row = new Term?[vars.Count];
            foreach (var binding in graph.Match(solution, SparqlTestRunner.Rs("binding"), null, null).Select(q => q.Obj))
            {
                string name = ((Literal)Value(binding, "variable")!).Value;
                int i = vars.IndexOf(name);
                if (i < 0)
                {
                    vars.Add(name);
                    Array.Resize(ref row, vars.Count);
                    i = vars.Count - 1;
                }

                row[i] = Value(binding, "value");
            }

            int index = Value(solution, "index") is Literal il ? int.Parse(il.Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            solutions.Add((index, row));
        }

        var rows = solutions.OrderBy(s => s.Index).Select(s => s.Row.Length == vars.Count ? s.Row : [.. s.Row, .. new Term?[vars.Count - s.Row.Length]]).ToList();
        return new ExpectedResults { Variables = vars, Rows = rows };
    }
}
