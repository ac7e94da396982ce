using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Engine.Evaluation;

namespace KnowledgeGraph.Sparql.Engine.Update;

/// <summary>
/// Runs the operations of an update request in order (SPARQL 1.1 Update, section 3). Each operation reads a snapshot,
/// computes a <see cref="ChangeSet"/> and applies it atomically, so later operations see earlier ones.
/// </summary>
internal sealed class UpdateExecutor(SparqlEngine engine, IQuadStore store, UpdateRequest request, CancellationToken cancellationToken)
{
    // INSERT DATA blank nodes are fresh in the store, and the same label means the same node within the request.
    private readonly Dictionary<string, BlankNode> _dataBlankNodes = new(StringComparer.Ordinal);

    public void Run()
    {
        foreach (var operation in request.Operations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ChangeSet changes;
            using (var snapshot = store.Snapshot())
            {
                changes = Compute(operation, snapshot);
            }

            if (!changes.IsEmpty)
            {
                store.Apply(changes, cancellationToken);
            }
        }
    }

    private ChangeSet Compute(UpdateOperation operation, IQuadSnapshot snapshot)
    {
        var changes = new ChangeSet();
        switch (operation)
        {
            case InsertDataOperation insert:
                foreach (var q in insert.Quads)
                {
                    changes.Insertions.Add(new Quad(DataNode(q.Subject), q.Predicate, DataNode(q.Obj), q.Graph));
                }

                break;
            case DeleteDataOperation delete:
                changes.Deletions.AddRange(delete.Quads);
                break;
            case ModifyOperation modify:
                Modify(modify, snapshot, changes);
                break;
            case LoadOperation load:
                Load(load, changes);
                break;
            case ClearOperation clear:
                Clear(clear.Target, snapshot, changes);
                break;
            case DropOperation drop:
                Clear(drop.Target, snapshot, changes);
                break;
            case CreateOperation create:
                if (!create.Silent && snapshot.Match(null, null, null, create.Graph, cancellationToken).Any())
                {
                    throw new QueryEvaluationException($"CREATE GRAPH: graph {create.Graph} already exists.", EvaluationFailure.UpdateFailed);
                }

                break;
            case TransferOperation transfer:
                Transfer(transfer, snapshot, changes);
                break;
        }

        return changes;
    }

    private Term DataNode(Term t)
    {
        if (t is not BlankNode b)
        {
            return t;
        }

        if (!_dataBlankNodes.TryGetValue(b.Label, out var fresh))
        {
            fresh = BlankNode.CreateUnique();
            _dataBlankNodes[b.Label] = fresh;
        }

        return fresh;
    }

    private void Modify(ModifyOperation modify, IQuadSnapshot snapshot, ChangeSet changes)
    {
        Term[] defaults;
        IReadOnlyList<Term>? named = null;
        if (modify.Using.Count > 0 || modify.UsingNamed.Count > 0)
        {
            defaults = [.. modify.Using];
            named = [.. modify.UsingNamed];
        }
        else
        {
            defaults = modify.With is null ? [DefaultGraph.Instance] : [modify.With];
        }

        var slots = new SlotMap();
        slots.AddAll(modify.Where);
        foreach (var q in modify.Delete.Concat(modify.Insert))
        {
            slots.Add(q.Subject);
            slots.Add(q.Predicate);
            slots.Add(q.Object);
            if (q.Graph is { } g)
            {
                slots.Add(g);
            }
        }

        var rows = engine.Solutions(snapshot, modify.Where, defaults, named, request.BaseIri, slots, cancellationToken);
        Term targetDefault = modify.With is null ? DefaultGraph.Instance : modify.With;
        foreach (var row in rows)
        {
            foreach (var q in modify.Delete)
            {
                if (Instantiate(q, row, slots, targetDefault, null) is { } quad)
                {
                    changes.Deletions.Add(quad);
                }
            }

            var bnodes = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
            foreach (var q in modify.Insert)
            {
                if (Instantiate(q, row, slots, targetDefault, bnodes) is { } quad)
                {
                    changes.Insertions.Add(quad);
                }
            }
        }
    }

    private static Quad? Instantiate(QuadPattern q, Term?[] row, SlotMap slots, Term targetDefault, Dictionary<string, BlankNode>? bnodes)
    {
        var s = Value(q.Subject, row, slots, bnodes);
        var p = Value(q.Predicate, row, slots, bnodes);
        var o = Value(q.Object, row, slots, bnodes);
        var g = q.Graph is { } gp ? Value(gp, row, slots, bnodes) : targetDefault;
        if (s is null || s is Literal || p is not Iri || o is null || g is null || g is Literal)
        {
            return null;
        }

        return new Quad(s, p, o, g);
    }

    private static Term? Value(PatternTerm t, Term?[] row, SlotMap slots, Dictionary<string, BlankNode>? bnodes)
    {
        if (t.Variable is not null)
        {
            return row[slots[t.Variable]];
        }

        if (t.Term is BlankNode b && bnodes is not null)
        {
            if (!bnodes.TryGetValue(b.Label, out var fresh))
            {
                fresh = BlankNode.CreateUnique();
                bnodes[b.Label] = fresh;
            }

            return fresh;
        }

        return t.Term;
    }

    private void Load(LoadOperation load, ChangeSet changes)
    {
        var loader = engine.Options.DocumentLoader ?? DocumentLoader.LoadLocal;
        Term graph = load.Into is null ? DefaultGraph.Instance : load.Into;
        try
        {
            foreach (var q in loader(load.Source, cancellationToken))
            {
                changes.Insertions.Add(q with { Graph = graph });
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or RdfSyntaxException or QueryEvaluationException or ArgumentException or NotSupportedException)
        {
            if (!load.Silent)
            {
                throw new QueryEvaluationException($"LOAD {load.Source} failed: {ex.Message}", EvaluationFailure.UpdateFailed, ex);
            }

            changes.Insertions.Clear();
        }
    }

    private void Clear(GraphTarget target, IQuadSnapshot snapshot, ChangeSet changes)
    {
        switch (target.Kind)
        {
            case GraphTargetKind.Default:
                changes.ClearedGraphs.Add(DefaultGraph.Instance);
                break;
            case GraphTargetKind.Graph:
                changes.ClearedGraphs.Add(target.Graph!);
                break;
            case GraphTargetKind.Named:
                changes.ClearedGraphs.AddRange(snapshot.NamedGraphs(cancellationToken));
                break;
            default:
                changes.ClearAll = true;
                break;
        }
    }

    private void Transfer(TransferOperation transfer, IQuadSnapshot snapshot, ChangeSet changes)
    {
        Term from = transfer.From.Kind == GraphTargetKind.Default ? DefaultGraph.Instance : transfer.From.Graph!;
        Term to = transfer.To.Kind == GraphTargetKind.Default ? DefaultGraph.Instance : transfer.To.Graph!;
        if (from.Equals(to))
        {
            return;
        }

        if (transfer.Kind != TransferKind.Add)
        {
            changes.ClearedGraphs.Add(to);
        }

        if (transfer.Kind == TransferKind.Move)
        {
            changes.ClearedGraphs.Add(from);
        }

        foreach (var q in snapshot.Match(null, null, null, from, cancellationToken))
        {
            changes.Insertions.Add(q with { Graph = to });
        }
    }
}
