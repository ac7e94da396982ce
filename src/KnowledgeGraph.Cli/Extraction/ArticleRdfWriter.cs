using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Cli.Extraction;

/// <summary>
/// Streams article graphs into one RDF document for <c>kg extract</c>: each article is written as soon as it is
/// mapped, so memory holds one article at a time. TriG, N-Quads and JSON-LD keep each article in its named graph;
/// Turtle has no named graphs and gets the union of all article graphs in its default graph.
/// </summary>
internal sealed class ArticleRdfWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly TextWriter _writer;
    private readonly RdfFormat _format;
    private readonly PrefixMap _prefixes;
    private readonly NQuadsWriter? _nquads;
    private int _articles;
    private int _jsonItems;
    private bool _jsonStarted;
    private bool _finished;

    public ArticleRdfWriter(TextWriter writer, RdfFormat format, PrefixMap prefixes)
    {
        if (format is not (RdfFormat.Turtle or RdfFormat.TriG or RdfFormat.NQuads or RdfFormat.JsonLd))
        {
            throw new ArgumentException($"kg extract cannot write {RdfFormats.GetName(format)}", nameof(format));
        }

        _writer = writer;
        _format = format;
        _prefixes = prefixes;
        if (format == RdfFormat.NQuads)
        {
            _nquads = new NQuadsWriter(writer);
        }
    }

    /// <summary>Writes one article's graph: its quads, all in the article's named graph.</summary>
    public void WriteArticle(IReadOnlyList<Quad> quads)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        switch (_format)
        {
            case RdfFormat.NQuads:
                foreach (var quad in quads)
                {
                    _nquads!.Write(quad);
                }

                break;
            case RdfFormat.Turtle or RdfFormat.TriG:
                WriteTurtlePart(quads);
                break;
            default:
                WriteJsonLdPart(quads);
                break;
        }

        _articles++;
        _writer.Flush();
    }

    /// <summary>Ends the document (also when no article was written, so the file is always valid).</summary>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        switch (_format)
        {
            case RdfFormat.NQuads:
                _nquads!.Finish();
                break;
            case RdfFormat.Turtle or RdfFormat.TriG:
                if (_articles == 0)
                {
                    TurtleWriter.WritePrefixDeclarations(_writer, _prefixes);
                }

                break;
            default:
                if (!_jsonStarted)
                {
                    StartJsonLd();
                }

                _writer.Write("\n  ]\n}\n");
                break;
        }

        _writer.Flush();
    }

    // Every prefix is declared once at the top; each part is then written without declarations.
    private void WriteTurtlePart(IReadOnlyList<Quad> quads)
    {
        if (_articles == 0)
        {
            TurtleWriter.WritePrefixDeclarations(_writer, _prefixes);
        }

        _writer.Write('\n');
        IRdfWriter part = _format == RdfFormat.TriG
            ? new TriGWriter(_writer, _prefixes, declarePrefixes: false)
            : new TurtleWriter(_writer, _prefixes, declarePrefixes: false);
        using (part)
        {
            foreach (var quad in quads)
            {
                if (_format == RdfFormat.TriG)
                {
                    part.Write(quad);
                }
                else
                {
                    part.Write(quad.Triple);
                }
            }
        }
    }

    // One compacted document of the form { "@context": ..., "@graph": [ ...every article's graph object... ] }.
    private void WriteJsonLdPart(IReadOnlyList<Quad> quads)
    {
        if (JsonNode.Parse(Compacted(quads)) is not JsonObject document)
        {
            return;
        }

        if (!_jsonStarted)
        {
            StartJsonLd(document["@context"]);
        }

        document.Remove("@context");
        IEnumerable<JsonNode?> items = document.Count == 1 && document["@graph"] is JsonArray graph
            ? [.. graph.Select(n => n?.DeepClone())]
            : [document];
        foreach (var item in items)
        {
            _writer.Write(_jsonItems++ == 0 ? "\n    " : ",\n    ");
            _writer.Write(item?.ToJsonString(Indented).ReplaceLineEndings("\n    ") ?? "null");
        }
    }

    private void StartJsonLd(JsonNode? context = null)
    {
        _jsonStarted = true;
        context ??= JsonNode.Parse(Compacted([]))?["@context"];
        _writer.Write("{\n  \"@context\": ");
        _writer.Write(context?.ToJsonString(Indented).ReplaceLineEndings("\n  ") ?? "{}");
        _writer.Write(",\n  \"@graph\": [");
    }

    private string Compacted(IEnumerable<Quad> quads)
    {
        using var text = new StringWriter();
        using (var part = new JsonLdWriter(text, JsonLdContext.FromPrefixes(_prefixes), new JsonLdWriterOptions { Indented = false }))
        {
            foreach (var quad in quads)
            {
                part.Write(quad);
            }
        }

        return text.ToString();
    }
}
