using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Results.Formats;

/// <summary>SPARQL 1.1 Query Results JSON Format.</summary>
internal static class JsonResultsFormat
{
    private static string Quote(string s) =>
        "\"" + JsonEncodedText.Encode(s, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString() + "\"";

    public static void Write(QueryResult result, TextWriter w)
    {
        switch (result)
        {
            case BooleanResult b:
                w.Write("{\"head\":{},\"boolean\":");
                w.Write(b.Value ? "true" : "false");
                w.WriteLine("}");
                return;
            case SolutionsResult s:
                w.Write("{\"head\":{\"vars\":[");
                w.Write(string.Join(",", s.Variables.Select(Quote)));
                w.Write("]},\"results\":{\"bindings\":[");
                bool first = true;
                foreach (var solution in s)
                {
                    w.Write(first ? "\n{" : ",\n{");
                    first = false;
                    bool firstBinding = true;
                    foreach (var (name, value) in solution.Bindings)
                    {
                        if (!firstBinding)
                        {
                            w.Write(',');
                        }

                        firstBinding = false;
                        w.Write(Quote(name));
                        w.Write(':');
                        WriteTerm(value, w);
                    }

                    w.Write('}');
                }

                w.WriteLine("]}}");
                return;
            default:
                throw new ArgumentException("Graph results are written with an RDF writer.", nameof(result));
        }
    }

    private static void WriteTerm(Term t, TextWriter w)
    {
        switch (t)
        {
            case Iri i:
                w.Write("{\"type\":\"uri\",\"value\":" + Quote(i.Value) + "}");
                break;
            case BlankNode b:
                w.Write("{\"type\":\"bnode\",\"value\":" + Quote(b.Label) + "}");
                break;
            case Literal l:
                w.Write("{\"type\":\"literal\",\"value\":" + Quote(l.Value));
                if (l.Language is not null)
                {
                    w.Write(",\"xml:lang\":" + Quote(l.Language));
                }
                else if (!l.Datatype.Equals(Xsd.String))
                {
                    w.Write(",\"datatype\":" + Quote(l.Datatype.Value));
                }

                w.Write('}');
                break;
            case TripleTerm tt:
                w.Write("{\"type\":\"triple\",\"value\":{\"subject\":");
                WriteTerm(tt.Triple.Subject, w);
                w.Write(",\"predicate\":");
                WriteTerm(tt.Triple.Predicate, w);
                w.Write(",\"object\":");
                WriteTerm(tt.Triple.Object, w);
                w.Write("}}");
                break;
        }
    }

    public static QueryResult Read(TextReader reader)
    {
        using var doc = JsonDocument.Parse(reader.ReadToEnd());
        var root = doc.RootElement;
        if (root.TryGetProperty("boolean", out var boolean))
        {
            return new BooleanResult(boolean.GetBoolean());
        }

        var vars = new List<string>();
        if (root.TryGetProperty("head", out var head) && head.TryGetProperty("vars", out var v))
        {
            vars.AddRange(v.EnumerateArray().Select(x => x.GetString()!));
        }

        var solutions = new List<Solution>();
        if (root.TryGetProperty("results", out var results) && results.TryGetProperty("bindings", out var bindings))
        {
            foreach (var binding in bindings.EnumerateArray())
            {
                var values = new Term?[vars.Count];
                foreach (var prop in binding.EnumerateObject())
                {
                    int index = vars.IndexOf(prop.Name);
                    if (index < 0)
                    {
                        vars.Add(prop.Name);
                        Array.Resize(ref values, vars.Count);
                        index = vars.Count - 1;
                    }

                    values[index] = ReadTerm(prop.Value);
                }

                solutions.Add(new Solution(vars, values));
            }
        }

        // Solutions created before a late variable appeared are padded.
        var fixedVars = vars.ToList();
        var padded = solutions.Select(s => new Solution(fixedVars, Enumerable.Range(0, fixedVars.Count).Select(i => i < s.Variables.Count ? s[i] : null).ToArray())).ToList();
        return new SolutionsResult(fixedVars, padded);
    }

    private static Term ReadTerm(JsonElement e)
    {
        string type = e.GetProperty("type").GetString()!;
        switch (type)
        {
            case "uri":
                return Iri.Unchecked(e.GetProperty("value").GetString()!);
            case "bnode":
                return new BlankNode(e.GetProperty("value").GetString()!);
            case "triple":
                {
                    var value = e.GetProperty("value");
                    return new TripleTerm(new Triple(ReadTerm(value.GetProperty("subject")), ReadTerm(value.GetProperty("predicate")), ReadTerm(value.GetProperty("object"))));
                }

            case "literal" or "typed-literal":
                {
                    string value = e.GetProperty("value").GetString()!;
                    if (e.TryGetProperty("xml:lang", out var lang))
                    {
                        return Literal.LanguageTagged(value, lang.GetString()!);
                    }

                    if (e.TryGetProperty("datatype", out var dt))
                    {
                        return Literal.Typed(value, Iri.Unchecked(dt.GetString()!));
                    }

                    return Literal.Create(value);
                }

            default:
                throw new FormatException($"Unknown RDF term type '{type}' in SPARQL JSON results.");
        }
    }
}
