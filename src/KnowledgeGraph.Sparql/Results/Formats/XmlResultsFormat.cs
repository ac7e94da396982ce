using System.Xml;
using System.Xml.Linq;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Results.Formats;

/// <summary>SPARQL Query Results XML Format.</summary>
internal static class XmlResultsFormat
{
    private const string Ns = "http://www.w3.org/2005/sparql-results#";
    private static readonly XNamespace X = Ns;

    public static void Write(QueryResult result, TextWriter writer)
    {
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, NewLineChars = "\n" };
        using var w = XmlWriter.Create(writer, settings);
        w.WriteStartDocument();
        w.WriteStartElement("sparql", Ns);
        w.WriteStartElement("head", Ns);
        switch (result)
        {
            case BooleanResult b:
                w.WriteEndElement();
                w.WriteElementString("boolean", Ns, b.Value ? "true" : "false");
                break;
            case SolutionsResult s:
                foreach (var v in s.Variables)
                {
                    w.WriteStartElement("variable", Ns);
                    w.WriteAttributeString("name", v);
                    w.WriteEndElement();
                }

                w.WriteEndElement();
                w.WriteStartElement("results", Ns);
                foreach (var solution in s)
                {
                    w.WriteStartElement("result", Ns);
                    foreach (var (name, value) in solution.Bindings)
                    {
                        w.WriteStartElement("binding", Ns);
                        w.WriteAttributeString("name", name);
                        WriteTerm(value, w);
                        w.WriteEndElement();
                    }

                    w.WriteEndElement();
                }

                w.WriteEndElement();
                break;
            default:
                throw new ArgumentException("Graph results are written with an RDF writer.", nameof(result));
        }

        w.WriteEndElement();
        w.WriteEndDocument();
        w.Flush();
        writer.WriteLine();
    }

    private static void WriteTerm(Term t, XmlWriter w)
    {
        switch (t)
        {
            case Iri i:
                w.WriteElementString("uri", Ns, i.Value);
                break;
            case BlankNode b:
                w.WriteElementString("bnode", Ns, b.Label);
                break;
            case Literal l:
                w.WriteStartElement("literal", Ns);
                if (l.Language is not null)
                {
                    w.WriteAttributeString("xml", "lang", "http://www.w3.org/XML/1998/namespace", l.Language);
                }
                else if (!l.Datatype.Equals(Xsd.String))
                {
                    w.WriteAttributeString("datatype", l.Datatype.Value);
                }

                w.WriteString(l.Value);
                w.WriteEndElement();
                break;
            case TripleTerm tt:
                w.WriteStartElement("triple", Ns);
                w.WriteStartElement("subject", Ns);
                WriteTerm(tt.Triple.Subject, w);
                w.WriteEndElement();
                w.WriteStartElement("predicate", Ns);
                WriteTerm(tt.Triple.Predicate, w);
                w.WriteEndElement();
                w.WriteStartElement("object", Ns);
                WriteTerm(tt.Triple.Object, w);
                w.WriteEndElement();
                w.WriteEndElement();
                break;
        }
    }

    public static QueryResult Read(TextReader reader)
    {
        XDocument doc;
        try
        {
            doc = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new FormatException("Malformed SPARQL XML results: " + ex.Message, ex);
        }

        var root = doc.Root ?? throw new FormatException("Empty SPARQL XML results.");
        var boolean = root.Element(X + "boolean");
        if (boolean is not null)
        {
            return new BooleanResult(boolean.Value.Trim() == "true");
        }

        var vars = root.Element(X + "head")?.Elements(X + "variable").Select(e => (string)e.Attribute("name")!).ToList() ?? [];
        var solutions = new List<Solution>();
        foreach (var result in root.Element(X + "results")?.Elements(X + "result") ?? [])
        {
            var values = new Term?[vars.Count];
            foreach (var binding in result.Elements(X + "binding"))
            {
                string name = (string)binding.Attribute("name")!;
                int index = vars.IndexOf(name);
                if (index >= 0 && binding.Elements().FirstOrDefault() is { } termElement)
                {
                    values[index] = ReadTerm(termElement);
                }
            }

            solutions.Add(new Solution(vars, values));
        }

        return new SolutionsResult(vars, solutions);
    }

    private static Term ReadTerm(XElement e)
    {
        switch (e.Name.LocalName)
        {
            case "uri":
                return Iri.Unchecked(e.Value.Trim());
            case "bnode":
                return new BlankNode(e.Value.Trim());
            case "literal":
                {
                    var lang = e.Attribute(XNamespace.Xml + "lang");
                    if (lang is not null)
                    {
                        return Literal.LanguageTagged(e.Value, lang.Value);
                    }

                    var dt = e.Attribute("datatype");
                    return dt is not null ? Literal.Typed(e.Value, Iri.Unchecked(dt.Value)) : Literal.Create(e.Value);
                }

            case "triple":
                {
                    Term Part(string name) => ReadTerm(e.Element(X + name)!.Elements().First());
                    return new TripleTerm(new Triple(Part("subject"), Part("predicate"), Part("object")));
                }

            default:
                throw new FormatException($"Unknown element <{e.Name.LocalName}> in SPARQL XML results.");
        }
    }
}
