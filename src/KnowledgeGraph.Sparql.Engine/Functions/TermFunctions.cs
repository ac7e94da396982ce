using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Engine.Expressions;

namespace KnowledgeGraph.Sparql.Engine.Functions;

/// <summary>Functions on RDF terms (section 17.4.2). A null argument or result is an error.</summary>
internal static class TermFunctions
{
    public static Term? Str(Term? a) => a switch
    {
        Iri i => Literal.Create(i.Value),
        Literal l => Literal.Create(l.Value),
        _ => null,
    };

    public static Term? Lang(Term? a) => a is Literal l ? Literal.Create(l.Language ?? "") : null;

    public static Term? Datatype(Term? a) => a is Literal l ? l.Datatype : null;

    public static Term? IsIri(Term? a) => a is null ? null : Literal.Boolean(a is Iri);

    public static Term? IsBlank(Term? a) => a is null ? null : Literal.Boolean(a is BlankNode);

    public static Term? IsLiteral(Term? a) => a is null ? null : Literal.Boolean(a is Literal);

    public static Term? IsNumeric(Term? a) => a is null ? null : Literal.Boolean(Numeric.TryGet(a, out _));

    public static Term? SameTerm(Term? a, Term? b) => a is null || b is null ? null : Literal.Boolean(a.Equals(b));

    public static Term? Iri(Term? a, string? baseIri)
    {
        switch (a)
        {
            case Iri i:
                return i;
            case Literal l when l.Language is null && l.Datatype.Equals(Xsd.String):
                {
                    string resolved = l.Value;
                    if (baseIri is not null && !IriResolver.HasScheme(resolved))
                    {
                        try
                        {
                            resolved = IriResolver.Resolve(baseIri, resolved);
                        }
                        catch (ArgumentException)
                        {
                            return null;
                        }
                    }

                    return Rdf.Iri.TryParse(resolved, out var iri) ? iri : null;
                }

            default:
                return null;
        }
    }
}
