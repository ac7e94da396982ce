using System.Xml;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Connectors.Sparql;

/// <summary>Reads <c>application/sparql-results+xml</c> (SPARQL Query Results XML Format) into the result model.</summary>
internal sealed class SparqlXmlResultsReader : ISparqlResultsReader
{
    private const string Ns = "http://www.w3.org/2005/sparql-results#";

    public bool CanRead(string mediaType) => mediaType is "application/sparql-results+xml";

    public async Task<QueryResult> ReadAsync(Stream stream, string mediaType, CancellationToken cancellationToken)
    {
        // The document is read into memory first so that the XML reader never blocks on the network.
        var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        var doc = new XmlDocument { XmlResolver = null };
        using (var reader = XmlReader.Create(buffer, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            doc.Load(reader);
        }

        var ns = new XmlNamespaceManager(doc.NameTable);
        ns.AddNamespace("r", Ns);
        if (doc.SelectSingleNode("/r:sparql/r:boolean", ns) is { } boolean)
        {
            return new BooleanResult(boolean.InnerText.Trim() is "true" or "1");
        }

        var variables = new List<string>();
        foreach (XmlElement v in doc.SelectNodes("/r:sparql/r:head/r:variable", ns)!)
        {
            variables.Add(v.GetAttribute("name"));
        }

        var solutions = new List<Solution>();
        foreach (XmlElement result in doc.SelectNodes("/r:sparql/r:results/r:result", ns)!)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var values = new Term?[variables.Count];
            foreach (XmlElement binding in result.SelectNodes("r:binding", ns)!)
            {
                int index = variables.IndexOf(binding.GetAttribute("name"));
                if (index >= 0 && binding.SelectSingleNode("r:*", ns) is XmlElement term)
                {
                    values[index] = ReadTerm(term, ns);
                }
            }

            solutions.Add(new Solution(variables, values));
        }

        return new SolutionsResult(variables, solutions);
    }

    private static Term ReadTerm(XmlElement e, XmlNamespaceManager ns) => e.LocalName switch
    {
        "uri" => Iri.Unchecked(e.InnerText),
        "bnode" => new BlankNode(BlankNodeLabels.FromRemote(e.InnerText)),
        "literal" when e.GetAttribute("xml:lang") is { Length: > 0 } lang => Literal.LanguageTagged(e.InnerText, lang),
        "literal" when e.GetAttribute("datatype") is { Length: > 0 } dt => ResultTerms.TypedLiteral(e.InnerText, dt),
        "literal" => Literal.Create(e.InnerText),
        "triple" => new TripleTerm(new Triple(
            ReadTerm(Child(e, "subject", ns), ns),
            ReadTerm(Child(e, "predicate", ns), ns),
            ReadTerm(Child(e, "object", ns), ns))),
        _ => throw new FormatException($"Malformed SPARQL XML results: unknown term element <{e.LocalName}>."),
    };

    private static XmlElement Child(XmlElement e, string name, XmlNamespaceManager ns) =>
        e.SelectSingleNode("r:" + name + "/r:*", ns) as XmlElement
        ?? throw new FormatException($"Malformed SPARQL XML results: <triple> without <{name}>.");
}
