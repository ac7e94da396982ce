using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Mapping.Validation;

/// <summary>Evaluates one constraint on a focus node's value nodes; yields the offending value (or null) and a
/// default message for each violation.</summary>
internal sealed class ConstraintChecker(DataView data, Func<Shape, Term, bool> conforms)
{
    public IEnumerable<(Term? Value, string Message)> Check(Constraint c, Term focus, IReadOnlyList<Term> values)
    {
        var p = c.Parameter;
        if (p.Equals(Sh.MinCount))
        {
            int n = ShapesReader.ParseCount(c.Value!);
            return values.Count < n ? [(null, $"expected at least {n} value(s), found {values.Count}")] : [];
        }

        if (p.Equals(Sh.MaxCount))
        {
            int n = ShapesReader.ParseCount(c.Value!);
            return values.Count > n ? [(null, $"expected at most {n} value(s), found {values.Count}")] : [];
        }

        if (p.Equals(Sh.EqualsProperty) || p.Equals(Sh.Disjoint) || p.Equals(Sh.LessThan) || p.Equals(Sh.LessThanOrEquals))
        {
            return PropertyPair(c, focus, values);
        }

        if (p.Equals(Sh.HasValue))
        {
            return values.Contains(c.Value!) ? [] : [(null, $"expected the value {ShaclNames.Short(c.Value!)}")];
        }

        return values.Select(v => (Value: v, Message: Failure(c, v))).Where(x => x.Message is not null).Select(x => ((Term?)x.Value, x.Message!));
    }

    /// <summary>Why a single value node fails the constraint, or null when it passes.</summary>
    private string? Failure(Constraint c, Term v)
    {
        var p = c.Parameter;
        string? name = c.Value is null ? null : ShaclNames.Short(c.Value);
        if (p.Equals(Sh.Class))
        {
            return data.IsInstanceOf(v, c.Value!) ? null : $"value is not an instance of {name}";
        }

        if (p.Equals(Sh.Datatype))
        {
            return v is Literal l && l.Datatype.Equals(c.Value) && (l.Language is not null || LiteralValues.IsWellFormed(l))
                ? null
                : $"value is not a well-formed literal of datatype {name}";
        }

        if (p.Equals(Sh.NodeKind))
        {
            return NodeKindMatches(v, c.Value!) ? null : $"value is not of node kind {name}";
        }

        if (p.Equals(Sh.MinInclusive) || p.Equals(Sh.MaxInclusive) || p.Equals(Sh.MinExclusive) || p.Equals(Sh.MaxExclusive))
        {
            int? cmp = LiteralValues.Compare(v, c.Value!);
            bool ok = cmp is { } x && (p.Equals(Sh.MinInclusive) ? x >= 0 : p.Equals(Sh.MaxInclusive) ? x <= 0 : p.Equals(Sh.MinExclusive) ? x > 0 : x < 0);
            return ok ? null : $"value is not within {ShaclNames.Short(p)} {(c.Value as Literal)?.Value ?? name}";
        }

        if (p.Equals(Sh.MinLength) || p.Equals(Sh.MaxLength))
        {
            int n = ShapesReader.ParseCount(c.Value!);
            int? length = v switch { Literal l => l.Value.EnumerateRunes().Count(), Iri i => i.Value.EnumerateRunes().Count(), _ => null };
            bool ok = length is { } len && (p.Equals(Sh.MinLength) ? len >= n : len <= n);
            return ok ? null : $"value length is not within {ShaclNames.Short(p)} {n}";
        }

        if (p.Equals(Sh.Pattern))
        {
            string? text = v switch { Literal l => l.Value, Iri i => i.Value, _ => null };
            return text is not null && c.Regex!.IsMatch(text) ? null : $"value does not match the pattern {((Literal)c.Value!).Value}";
        }

        if (p.Equals(Sh.In))
        {
            return c.List.Contains(v) ? null : "value is not one of " + string.Join(", ", c.List.Select(ShaclNames.Short));
        }

        if (p.Equals(Sh.Node))
        {
            return conforms(c.Shapes[0], v) ? null : $"value does not conform to shape {name}";
        }

        if (p.Equals(Sh.Not))
        {
            return conforms(c.Shapes[0], v) ? $"value conforms to shape {name}, which sh:not forbids" : null;
        }

        int conforming = c.Shapes.Count(s => conforms(s, v));
        if (p.Equals(Sh.And))
        {
            return conforming == c.Shapes.Count ? null : "value does not conform to every shape of sh:and";
        }

        if (p.Equals(Sh.Or))
        {
            return conforming > 0 ? null : "value conforms to none of the shapes of sh:or";
        }

        return conforming == 1 ? null : $"value conforms to {conforming} shapes of sh:xone, not exactly one";
    }

    private IEnumerable<(Term?, string)> PropertyPair(Constraint c, Term focus, IReadOnlyList<Term> values)
    {
        var p = c.Parameter;
        var other = data.Objects(focus, c.Value!).Distinct().ToList();
        string name = ShaclNames.Short(c.Value!);
        if (p.Equals(Sh.EqualsProperty))
        {
            foreach (var v in values.Except(other))
            {
                yield return (v, $"value is not a value of {name}");
            }

            foreach (var o in other.Except(values))
            {
                yield return (o, $"value of {name} is missing here");
            }

            yield break;
        }

        foreach (var v in values)
        {
            if (p.Equals(Sh.Disjoint))
            {
                if (other.Contains(v))
                {
                    yield return (v, $"value is also a value of {name}");
                }

                continue;
            }

            bool strict = p.Equals(Sh.LessThan);
            foreach (var o in other)
            {
                int? cmp = LiteralValues.Compare(v, o);
                if (cmp is not { } x || (strict ? x >= 0 : x > 0))
                {
                    yield return (v, $"value is not {(strict ? "less than" : "less than or equal to")} {o} ({name})");
                }
            }
        }
    }

    private static bool NodeKindMatches(Term v, Term kind) => v.Kind switch
    {
        TermKind.Iri => kind.Equals(Sh.IriKind) || kind.Equals(Sh.BlankNodeOrIriKind) || kind.Equals(Sh.IriOrLiteralKind),
        TermKind.BlankNode => kind.Equals(Sh.BlankNodeKind) || kind.Equals(Sh.BlankNodeOrIriKind) || kind.Equals(Sh.BlankNodeOrLiteralKind),
        TermKind.Literal => kind.Equals(Sh.LiteralKind) || kind.Equals(Sh.BlankNodeOrLiteralKind) || kind.Equals(Sh.IriOrLiteralKind),
        _ => false,
    };
}
