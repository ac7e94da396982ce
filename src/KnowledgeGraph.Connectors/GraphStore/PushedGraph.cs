using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Connectors.GraphStore;

/// <summary>
/// One graph of a push as the input is read: its plain triples are cut into chunks as they arrive, so requests can
/// start before the input ends; triples with blank nodes wait for the end, because a later triple may join their
/// component and a component must travel in one request.
/// </summary>
internal sealed class PushedGraph(Term name, int number)
{
    private NTriplesBody _pending = new();
    private readonly List<Triple> _withBlank = [];

    public Term Name { get; } = name;

    /// <summary>1-based, in order of first appearance in the input.</summary>
    public int Number { get; } = number;

    private long _triples;

    /// <summary>Triples read for this graph so far (read by the requests' progress reports while the input is read).</summary>
    public long Triples => Volatile.Read(ref _triples);

    /// <summary>Triples over the line limit, sent by SPARQL Update after the chunks.</summary>
    public List<Triple> Overlong { get; } = [];

    /// <summary>Every chunk handed out, in order; kept so that a failed graph can be sent again from its PUT.</summary>
    public List<Chunk> Chunks { get; } = [];

    /// <summary>Why the graph was not (completely) pushed although no request failed, or null.</summary>
    public string? Problem { get; set; }

    /// <summary>Set when the graph turns out not to be pushable whole: no further chunk of it is handed out.</summary>
    public bool Held { get; set; }

    /// <summary>The requests of the current attempt.</summary>
    public PushAttempt Attempt { get; set; } = new(1);

    /// <summary>Adds a triple; returns a full chunk of plain triples when one is ready to send.</summary>
    public Chunk? Add(Triple triple, PushOptions options)
    {
        Volatile.Write(ref _triples, _triples + 1);
        if (options.MaxLineBytes > 0 && NTriplesBody.IsLongerThan(triple, options.MaxLineBytes))
        {
            Overlong.Add(triple);
            return null;
        }

        if (triple.Subject is BlankNode || triple.Obj is BlankNode)
        {
            _withBlank.Add(triple);
            return null;
        }

        _pending.Add(triple);
        int size = Chunks.Count == 0 ? Math.Clamp(options.PutChunkSize, 1, options.ChunkSize) : options.ChunkSize;
        if (_pending.Count < size || Held)
        {
            return null;
        }

        var chunk = Chunk.Of(_pending, hasBlankNodes: false);
        _pending = new NTriplesBody(_pending.Length + (_pending.Length / 8));
        Chunks.Add(chunk);
        return chunk;
    }

    /// <summary>At the end of the input: the chunks still to send (at least one for a graph with nothing sent, so that its PUT replaces the remote graph).</summary>
    public List<Chunk> Finish(PushOptions options)
    {
        var rest = new List<Chunk>();
        if (_pending.Count > 0)
        {
            rest.Add(Chunk.Of(_pending, hasBlankNodes: false));
        }

        rest.AddRange(ChunkPlanner.Plan(_withBlank, options.ChunkSize));
        if (rest.Count == 0 && Chunks.Count == 0)
        {
            rest.Add(Chunk.Of(new NTriplesBody(), hasBlankNodes: false));
        }

        _pending = new NTriplesBody();
        _withBlank.Clear();
        Chunks.AddRange(rest);
        return rest;
    }
}
