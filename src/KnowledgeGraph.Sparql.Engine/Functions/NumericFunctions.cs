using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Engine.Expressions;

namespace KnowledgeGraph.Sparql.Engine.Functions;

/// <summary>Numeric functions of section 17.4.4.</summary>
internal static class NumericFunctions
{
    public static Term? Abs(Term? a) => Apply(a, Math.Abs, Math.Abs);

    public static Term? Ceil(Term? a) => Apply(a, Math.Ceiling, Math.Ceiling);

    public static Term? Floor(Term? a) => Apply(a, Math.Floor, Math.Floor);

    // XPath fn:round rounds halves towards positive infinity.
    public static Term? Round(Term? a) => Apply(a, d => Math.Floor(d + 0.5m), d => Math.Floor(d + 0.5));

    private static Term? Apply(Term? a, Func<decimal, decimal> onDecimal, Func<double, double> onDouble)
    {
        if (!Numeric.TryGet(a, out var n))
        {
            return null;
        }

        return n.Kind switch
        {
            NumericKind.Integer => Numeric.FromInteger(onDecimal(n.Decimal)).ToLiteral(),
            NumericKind.Decimal => Numeric.FromDecimal(onDecimal(n.Decimal)).ToLiteral(),
            NumericKind.Float => Numeric.FromFloat(onDouble(n.Double)).ToLiteral(),
            _ => Numeric.FromDouble(onDouble(n.Double)).ToLiteral(),
        };
    }

    public static Term? Negate(Term? a)
    {
        if (!Numeric.TryGet(a, out var n))
        {
            return null;
        }

        return n.Kind switch
        {
            NumericKind.Integer => Numeric.FromInteger(-n.Decimal).ToLiteral(),
            NumericKind.Decimal => Numeric.FromDecimal(-n.Decimal).ToLiteral(),
            NumericKind.Float => Numeric.FromFloat(-n.Double).ToLiteral(),
            _ => Numeric.FromDouble(-n.Double).ToLiteral(),
        };
    }

    public static Term? Plus(Term? a) => Numeric.TryGet(a, out _) ? a : null;
}
