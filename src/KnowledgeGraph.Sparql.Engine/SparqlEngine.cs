using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Engine.Evaluation;
using KnowledgeGraph.Sparql.Engine.Update;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Engine;

/// <summary>
/// Evaluates SPARQL 1.1 queries over an <see cref="IQuadSource"/> and updates against an <see cref="IQuadStore"/>.
/// Results stream lazily: the timeout and result limit apply while they are read. Thread-safe; options are per instance.
/// </summary>
public sealed class SparqlEngine
{
    public SparqlEngine(SparqlEngineOptions? options = null) => Options = options ?? new SparqlEngineOptions();

    public SparqlEngineOptions Options { get; }

    /// <summary>Parses and evaluates a query. Throws <see cref="SparqlSyntaxException"/> for bad query text.</summary>
    public QueryResult Query(IQuadSource source, string query, CancellationToken cancellationToken = default) =>
        Query(source, SparqlParser.ParseQuery(query, new SparqlParserOptions(Options.BaseIri)), null, cancellationToken);

    /// <summary>
    /// Evaluates a parsed query. The dataset is <paramref name="dataset"/> when given, else the query's FROM/FROM NAMED,
    /// else the source's default graph and all its named graphs. Evaluation errors surface while the result is read:
    /// <see cref="QueryTimeoutException"/>, <see cref="QueryEvaluationException"/> (result limit, unsupported feature)
    /// or <see cref="OperationCanceledException"/>.
    /// </summary>
    public QueryResult Query(IQuadSource source, Query query, QueryDataset? dataset = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(query);
        var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (Options.Timeout is { } timeout)
        {
            cts.CancelAfter(timeout);
        }

        var runner = new QueryRunner(this, source, query, dataset, cts, cancellationToken);
        return runner.Run();
    }

    /// <summary>Parses and runs an update request; each operation is applied atomically in turn.</summary>
    public void Update(IQuadStore store, string update, CancellationToken cancellationToken = default) =>
        Update(store, SparqlParser.ParseUpdate(update, new SparqlParserOptions(Options.BaseIri)), cancellationToken);

    /// <summary>
    /// Runs an update request: each operation's changes are computed from a snapshot and applied with one
    /// <see cref="IQuadStore.Apply"/>. Throws <see cref="QueryEvaluationException"/> with
    /// <see cref="EvaluationFailure.UpdateFailed"/> when a non-SILENT operation fails.
    /// </summary>
    public void Update(IQuadStore store, UpdateRequest update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(update);
        new UpdateExecutor(this, store, update, cancellationToken).Run();
    }

    /// <summary>Evaluates a pattern to materialised solutions over <paramref name="source"/> (used by updates).</summary>
    internal List<Term?[]> Solutions(IQuadSource source, GraphPattern pattern, Term[] defaultGraphs, IReadOnlyList<Term>? named, string? baseIri, SlotMap slots, CancellationToken cancellationToken)
    {
        var ctx = new EvalContext(source, slots, defaultGraphs, named, baseIri, cancellationToken) { ServiceExecutor = Options.ServiceExecutor };
        var evaluator = new PatternEvaluator(ctx);
        return evaluator.Eval(pattern, ctx.NewRow(), defaultGraphs).ToList();
    }
}
