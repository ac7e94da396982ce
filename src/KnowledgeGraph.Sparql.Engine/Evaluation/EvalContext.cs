using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Sparql.Engine.Evaluation;

/// <summary>Per-query evaluation state: the data, variable slots, dataset, cancellation and per-query constants.</summary>
internal sealed class EvalContext
{
    private int _tick;
    private HashSet<Term>? _namedSet;
    private List<Term>? _named;
    private readonly IReadOnlyList<Term>? _explicitNamed;

    public EvalContext(IQuadSource source, SlotMap slots, Term[] defaultGraphs, IReadOnlyList<Term>? namedGraphs, string? baseIri, CancellationToken token)
    {
        Source = source;
        Slots = slots;
        DefaultGraphs = defaultGraphs;
        _explicitNamed = namedGraphs;
        BaseIri = baseIri;
        Token = token;
        Now = DateTimeOffset.UtcNow;
    }

    public IQuadSource Source { get; }

    /// <summary>Runs SERVICE blocks; null when the engine has none (SERVICE fails, SERVICE SILENT yields one empty solution).</summary>
    public ISparqlServiceExecutor? ServiceExecutor { get; init; }

    public SlotMap Slots { get; }

    public int Width => Slots.Count;

    /// <summary>The graphs whose merge is the default graph.</summary>
    public Term[] DefaultGraphs { get; }

    public string? BaseIri { get; }

    public CancellationToken Token { get; }

    public DateTimeOffset Now { get; }

    public Random Random { get; } = new();

    /// <summary>Named graphs of the dataset (FROM NAMED, or every named graph of the source).</summary>
    public IReadOnlyList<Term> NamedGraphs => _named ??= (_explicitNamed ?? Source.NamedGraphs(Token)).Distinct().ToList();

    public bool IsNamedGraph(Term graph)
    {
        _namedSet ??= [.. NamedGraphs];
        return _namedSet.Contains(graph);
    }

    /// <summary>Checks for cancellation every few hundred calls.</summary>
    public void Tick()
    {
        if ((++_tick & 0xFF) == 0)
        {
            Token.ThrowIfCancellationRequested();
        }
    }

    public Term?[] NewRow() => new Term?[Width];

    /// <summary>Matches a triple pattern in the merge of <paramref name="graphs"/> (duplicates across graphs removed).</summary>
    public IEnumerable<Quad> Match(Term? s, Term? p, Term? o, Term[] graphs)
    {
        if (graphs.Length == 1)
        {
            return Source.Match(s, p, o, graphs[0], Token);
        }

        return graphs.Length == 0 ? [] : MatchMany(s, p, o, graphs);
    }

    private IEnumerable<Quad> MatchMany(Term? s, Term? p, Term? o, Term[] graphs)
    {
        var seen = new HashSet<Triple>();
        foreach (var g in graphs)
        {
            foreach (var q in Source.Match(s, p, o, g, Token))
            {
                if (seen.Add(q.Triple))
                {
                    yield return q;
                }
            }
        }
    }

    public long Estimate(Term? s, Term? p, Term? o, Term[] graphs)
    {
        long total = 0;
        foreach (var g in graphs)
        {
            total += Source.EstimateCount(s, p, o, g);
        }

        return total;
    }
}
