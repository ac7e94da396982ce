using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Engine.Evaluation;

/// <summary>Assigns an array index to every variable of a query, so that a solution is a <c>Term?[]</c>.</summary>
internal sealed class SlotMap
{
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);

    public int Count => _slots.Count;

    public int this[string variable] => _slots.TryGetValue(variable, out int s) ? s : Add(variable);

    public bool TryGet(string variable, out int slot) => _slots.TryGetValue(variable, out slot);

    /// <summary>The variable of a slot (a linear search: for rare uses such as writing a query).</summary>
    public string NameOf(int slot) => _slots.First(kv => kv.Value == slot).Key;

    private int Add(string variable)
    {
        int s = _slots.Count;
        _slots[variable] = s;
        return s;
    }

    /// <summary>Registers every variable that appears in the pattern (including expressions, EXISTS and sub-queries).</summary>
    public void AddAll(GraphPattern pattern)
    {
        switch (pattern)
        {
            case Bgp b:
                foreach (var t in b.Triples)
                {
                    Add(t.Subject);
                    Add(t.Predicate);
                    Add(t.Object);
                }

                break;
            case PathPattern p:
                Add(p.Subject);
                Add(p.Object);
                break;
            case Join j:
                AddAll(j.Left);
                AddAll(j.Right);
                break;
            case LeftJoin lj:
                AddAll(lj.Left);
                AddAll(lj.Right);
                if (lj.Filter is not null)
                {
                    AddAll(lj.Filter);
                }

                break;
            case Union u:
                AddAll(u.Left);
                AddAll(u.Right);
                break;
            case Minus m:
                AddAll(m.Left);
                AddAll(m.Right);
                break;
            case Filter f:
                AddAll(f.Inner);
                AddAll(f.Condition);
                break;
            case Extend e:
                AddAll(e.Inner);
                _ = this[e.Variable];
                AddAll(e.Expression);
                break;
            case Values v:
                foreach (var name in v.Variables)
                {
                    _ = this[name];
                }

                break;
            case Graph g:
                Add(g.Name);
                AddAll(g.Inner);
                break;
            case Service s:
                Add(s.Endpoint);
                AddAll(s.Inner);
                break;
            case Group g:
                AddAll(g.Inner);
                foreach (var k in g.Keys)
                {
                    _ = this[k.Variable];
                    AddAll(k.Expression);
                }

                foreach (var a in g.Aggregates)
                {
                    _ = this[a.Variable];
                    if (a.Aggregate.Argument is not null)
                    {
                        AddAll(a.Aggregate.Argument);
                    }
                }

                break;
            case OrderBy o:
                AddAll(o.Inner);
                foreach (var c in o.Conditions)
                {
                    AddAll(c.Expression);
                }

                break;
            case Project p:
                foreach (var name in p.Variables)
                {
                    _ = this[name];
                }

                AddAll(p.Inner);
                break;
            case Distinct d:
                AddAll(d.Inner);
                break;
            case Reduced r:
                AddAll(r.Inner);
                break;
            case Slice s:
                AddAll(s.Inner);
                break;
        }
    }

    public void Add(PatternTerm t)
    {
        if (t.Variable is not null)
        {
            _ = this[t.Variable];
        }
    }

    public void AddAll(Expression e)
    {
        switch (e)
        {
            case VariableExpression v:
                _ = this[v.Name];
                break;
            case BinaryExpression b:
                AddAll(b.Left);
                AddAll(b.Right);
                break;
            case UnaryExpression u:
                AddAll(u.Operand);
                break;
            case FunctionCall f:
                foreach (var a in f.Arguments)
                {
                    AddAll(a);
                }

                break;
            case InExpression i:
                AddAll(i.Operand);
                foreach (var a in i.List)
                {
                    AddAll(a);
                }

                break;
            case ExistsExpression x:
                AddAll(x.Pattern);
                break;
        }
    }
}
