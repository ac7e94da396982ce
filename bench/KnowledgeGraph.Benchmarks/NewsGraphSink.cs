using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Writes subject descriptions as N-Triples (blank nodes labelled) or as Turtle (prefixed names, <c>;</c>, <c>,</c>,
/// <c>[ ]</c>). 
/// </summary>
internal sealed class NewsGraphSink
{
    public static readonly (string Prefix, string Namespace)[] Prefixes =
    [
        ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
        ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        ("owl", "http://www.w3.org/2002/07/owl#"),
        ("schema", "http://schema.org/"),
        ("prov", "http://www.w3.org/ns/prov#"),
        ("ont", "http://example.org/newskg/ontology/"),
        ("person", "http://example.org/newskg/person/"),
        ("org", "http://example.org/newskg/org/"),
        ("place", "http://example.org/newskg/place/"),
        ("article", "http://example.org/newskg/article/"),
        ("quote", "http://example.org/newskg/quote/"),
        ("claim", "http://example.org/newskg/claim/"),
        ("role", "http://example.org/newskg/role/"),
        ("wd", "http://www.wikidata.org/entity/"),
    ];

    private readonly TextWriter _out;
    private readonly bool _turtle;
    private long _blank;

    public NewsGraphSink(TextWriter output, bool turtle)
    {
        _out = output;
        _turtle = turtle;
        if (turtle)
        {
            foreach (var (prefix, ns) in Prefixes)
            {
                _out.Write($"@prefix {prefix}: <{ns}> .\n");
            }

            _out.Write('\n');
        }
    }

    public void Describe(Term subject, List<(Iri Predicate, Node Object)> properties)
    {
        if (_turtle)
        {
            var sb = new StringBuilder();
            sb.Append(Turtle(subject));
            AppendPredicateObjects(sb, properties, "    ");
            sb.Append(" .\n\n");
            _out.Write(sb.ToString());
        }
        else
        {
            WriteNTriples(subject.ToString(), properties);
        }
    }

    public void Finish() => _out.Flush();

    private static void AppendPredicateObjects(StringBuilder sb, List<(Iri Predicate, Node Object)> properties, string indent)
    {
        for (int i = 0; i < properties.Count; i++)
        {
            var (p, o) = properties[i];
            if (i > 0 && properties[i - 1].Predicate.Equals(p))
            {
                sb.Append(", ");
            }
            else
            {
                sb.Append(i == 0 ? " " : " ;\n" + indent);
                sb.Append(p.Equals(RdfVocabulary.Type) ? "a" : Turtle(p)).Append(' ');
            }

            if (o.Term is not null)
            {
                sb.Append(Turtle(o.Term));
            }
            else
            {
                sb.Append('[');
                AppendPredicateObjects(sb, o.Properties!, indent + "    ");
                sb.Append(" ]");
            }
        }
    }

    private void WriteNTriples(string subject, List<(Iri Predicate, Node Object)> properties)
    {
        foreach (var (p, o) in properties)
        {
            string obj;
            if (o.Term is not null)
            {
                obj = o.Term.ToString();
            }
            else
            {
                obj = "_:n" + (++_blank).ToString(System.Globalization.CultureInfo.InvariantCulture);
                WriteNTriples(obj, o.Properties!);
            }

            _out.Write(subject);
            _out.Write(' ');
            _out.Write(p.ToString());
            _out.Write(' ');
            _out.Write(obj);
            _out.Write(" .\n");
        }
    }

    private static string Turtle(Term term)
    {
        switch (term)
        {
            case Iri iri:
                foreach (var (prefix, ns) in Prefixes)
                {
                    if (iri.Value.StartsWith(ns, StringComparison.Ordinal) && IsSimpleLocal(iri.Value.AsSpan(ns.Length)))
                    {
                        return prefix + ":" + iri.Value[ns.Length..];
                    }
                }

                return iri.ToString();
            case Literal { Language: null } lit when lit.Datatype.Equals(Xsd.Integer) || lit.Datatype.Equals(Xsd.Decimal) || lit.Datatype.Equals(Xsd.Boolean):
                return lit.Value;
            case Literal lit:
                string quoted = lit.Value.Contains('\n', StringComparison.Ordinal)
                    ? "\"\"\"" + lit.Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"\"\""
                    : "\"" + NTriplesEscaping.EscapeString(lit.Value) + "\"";
                return lit.Language is not null ? quoted + "@" + lit.Language
                    : lit.Datatype.Equals(Xsd.String) ? quoted : quoted + "^^" + Turtle(lit.Datatype);
            default:
                return term.ToString();
        }
    }

    private static bool IsSimpleLocal(ReadOnlySpan<char> local)
    {
        if (local.Length == 0)
        {
            return false;
        }

        foreach (char c in local)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
