using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// Writes <see href="https://www.w3.org/TR/json-ld11/">JSON-LD</see>: the expanded form produced by the
/// <see href="https://www.w3.org/TR/json-ld11-api/#serialize-rdf-as-json-ld-algorithm">RDF to JSON-LD algorithm</see>
/// (named graphs as <c>@graph</c>, lists as <c>@list</c>), or, given a <see cref="JsonLdContext"/>, a compacted form
/// with that context. Buffers all quads until <see cref="Finish"/>.
/// </summary>
public sealed class JsonLdWriter : IRdfWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly TextWriter _writer;
    private readonly JsonLdContext? _context;
    private readonly JsonLdWriterOptions _options;
    private readonly List<Quad> _quads = [];
    private bool _finished;

    /// <summary>Creates a writer; without a context it writes expanded JSON-LD.</summary>
    public JsonLdWriter(TextWriter writer, JsonLdContext? context = null, JsonLdWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _context = context;
        _options = options ?? JsonLdWriterOptions.Default;
    }

    public RdfFormat Format => RdfFormat.JsonLd;

    /// <exception cref="ArgumentException">The quad holds a triple term, which JSON-LD 1.1 cannot express.</exception>
    public void Write(Quad quad)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _quads.Add(quad);
    }

    public void Write(Triple triple) => Write(triple.InGraph(DefaultGraph.Instance));

    /// <exception cref="FormatException">An rdf:JSON literal is not valid JSON.</exception>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        JsonNode document = ToExpanded(_quads, _options);
        if (_context is not null)
        {
            document = JsonLdCompactor.Compact((JsonArray)document, _context);
        }

        _writer.Write(document.ToJsonString(_options.Indented ? Indented : Compact));
        _writer.Write('\n');
        _writer.Flush();
    }

    public void Dispose() => Finish();

    /// <summary>The expanded JSON-LD document for a dataset.</summary>
    /// <exception cref="FormatException">An rdf:JSON literal is not valid JSON.</exception>
    public static JsonArray ToExpanded(IEnumerable<Quad> quads, JsonLdWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(quads);
        return JsonLdFromRdf.ToExpanded(quads, options ?? JsonLdWriterOptions.Default);
    }
}
