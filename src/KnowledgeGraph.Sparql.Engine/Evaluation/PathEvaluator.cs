using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Engine.Evaluation;

/// <summary>
/// Evaluates property paths (section 18.4): pairs (start, end) connected by the path. Sequences and alternatives keep
/// duplicates; <c>*</c>, <c>+</c> and <c>?</c> yield each distinct end once per start (the ALP procedure), visiting
/// each node once so that cycles terminate.
/// </summary>
internal sealed class PathEvaluator(EvalContext ctx)
{
    // With requireNodes, a zero-length path from a term bound by a variable matches only when the term is a node of
    // the graph (as when the path is evaluated on its own and then joined).
    public IEnumerable<(Term Start, Term End)> Pairs(PropertyPath path, Term? s, Term? o, Term[] graphs, bool subjectFromVariable, bool objectFromVariable) => path switch
    {
        ZeroOrOnePath z => Closure(z.Path, s, o, graphs, zero: true, many: false, subjectFromVariable, objectFromVariable),
        ZeroOrMorePath z => Closure(z.Path, s, o, graphs, zero: true, many: true, subjectFromVariable, objectFromVariable),
        _ => Pairs(path, s, o, graphs),
    };

    private bool IsNode(Term t, Term[] graphs) => ctx.Match(t, null, null, graphs).Any() || ctx.Match(null, null, t, graphs).Any();

    private IEnumerable<(Term Start, Term End)> Pairs(PropertyPath path, Term? s, Term? o, Term[] graphs)
    {
        switch (path)
        {
            case PredicatePath p:
                return ctx.Match(s, p.Predicate, o, graphs).Select(q => (q.Subject, q.Obj));
            case InversePath inv:
                return Pairs(inv.Path, o, s, graphs).Select(pair => (pair.End, pair.Start));
            case SequencePath seq:
                return Sequence(seq, s, o, graphs);
            case AlternativePath alt:
                return Pairs(alt.Left, s, o, graphs).Concat(Pairs(alt.Right, s, o, graphs));
            case NegatedPropertySet neg:
                return Negated(neg, s, o, graphs);
            case ZeroOrOnePath z:
                return Closure(z.Path, s, o, graphs, zero: true, many: false, false, false);
            case ZeroOrMorePath z:
                return Closure(z.Path, s, o, graphs, zero: true, many: true, false, false);
            case OneOrMorePath z:
                return Closure(z.Path, s, o, graphs, zero: false, many: true, false, false);
            default:
                throw new QueryEvaluationException($"Unsupported path {path.GetType().Name}.", EvaluationFailure.Unsupported);
        }
    }

    private IEnumerable<(Term, Term)> Sequence(SequencePath seq, Term? s, Term? o, Term[] graphs)
    {
        if (s is null && o is not null)
        {
            foreach (var (middle, end) in Pairs(seq.Right, null, o, graphs))
            {
                foreach (var (start, _) in Pairs(seq.Left, null, middle, graphs))
                {
                    yield return (start, end);
                }
            }

            yield break;
        }

        foreach (var (start, middle) in Pairs(seq.Left, s, null, graphs))
        {
            foreach (var (_, end) in Pairs(seq.Right, middle, o, graphs))
            {
                yield return (start, end);
            }
        }
    }

    // SPARQL 1.1 §18.5 defines a negated property set as a set of (subject, object) pairs: two predicates linking
    // the same nodes give one solution. The forward and inverse parts are a union, so each is distinct on its own.
    private IEnumerable<(Term, Term)> Negated(NegatedPropertySet neg, Term? s, Term? o, Term[] graphs)
    {
        bool forward = neg.Forward.Count > 0 || neg.Inverse.Count == 0;
        if (forward)
        {
            var seen = new HashSet<(Term, Term)>();
            foreach (var q in ctx.Match(s, null, o, graphs))
            {
                if (!neg.Forward.Contains(q.Predicate) && seen.Add((q.Subject, q.Obj)))
                {
                    yield return (q.Subject, q.Obj);
                }
            }
        }

        if (neg.Inverse.Count > 0)
        {
            var seen = new HashSet<(Term, Term)>();
            foreach (var q in ctx.Match(o, null, s, graphs))
            {
                if (!neg.Inverse.Contains(q.Predicate) && seen.Add((q.Obj, q.Subject)))
                {
                    yield return (q.Obj, q.Subject);
                }
            }
        }
    }

    private IEnumerable<(Term, Term)> Closure(PropertyPath step, Term? s, Term? o, Term[] graphs, bool zero, bool many, bool subjectFromVariable, bool objectFromVariable)
    {
        if (s is not null)
        {
            foreach (var end in Reach(step, s, graphs, zero && (!subjectFromVariable || IsNode(s, graphs)), many, forward: true))
            {
                if (o is null || o.Equals(end))
                {
                    yield return (s, end);
                }
            }

            yield break;
        }

        if (o is not null)
        {
            foreach (var start in Reach(step, o, graphs, zero && (!objectFromVariable || IsNode(o, graphs)), many, forward: false))
            {
                yield return (start, o);
            }

            yield break;
        }

        foreach (var node in Nodes(graphs))
        {
            foreach (var end in Reach(step, node, graphs, zero, many, forward: true))
            {
                yield return (node, end);
            }
        }
    }

    /// <summary>Distinct nodes reachable from <paramref name="start"/> (breadth first).</summary>
    private IEnumerable<Term> Reach(PropertyPath step, Term start, Term[] graphs, bool zero, bool many, bool forward)
    {
        var visited = new HashSet<Term>();
        if (zero)
        {
            visited.Add(start);
            yield return start;
        }

        var frontier = new Queue<Term>();
        frontier.Enqueue(start);
        var expanded = new HashSet<Term> { start };
        while (frontier.Count > 0)
        {
            var node = frontier.Dequeue();
            var next = forward ? Pairs(step, node, null, graphs).Select(p => p.End) : Pairs(step, null, node, graphs).Select(p => p.Start);
            foreach (var n in next)
            {
                ctx.Tick();
                if (visited.Add(n))
                {
                    yield return n;
                }

                if (many && expanded.Add(n))
                {
                    frontier.Enqueue(n);
                }
            }
        }
    }

    /// <summary>Every subject and object of the active graphs (the nodes a zero-length path can start from).</summary>
    private IEnumerable<Term> Nodes(Term[] graphs)
    {
        var seen = new HashSet<Term>();
        foreach (var q in ctx.Match(null, null, null, graphs))
        {
            ctx.Tick();
            if (seen.Add(q.Subject))
            {
                yield return q.Subject;
            }

            if (seen.Add(q.Obj))
            {
                yield return q.Obj;
            }
        }
    }
}
