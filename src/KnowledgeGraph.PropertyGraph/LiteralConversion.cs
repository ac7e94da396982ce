using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.PropertyGraph;

/// <summary>Maps literals to property types and values (language tags and unknown datatypes become plain strings).</summary>
internal static partial class LiteralConversion
{
    private static readonly HashSet<string> IntegerTypes = new(StringComparer.Ordinal)
    {
        Xsd.Integer.Value, Xsd.Long.Value, Xsd.Int.Value, Xsd.Short.Value, Xsd.Byte.Value,
        Xsd.NonNegativeInteger.Value, Xsd.NonPositiveInteger.Value, Xsd.PositiveInteger.Value, Xsd.NegativeInteger.Value,
        Xsd.UnsignedLong.Value, Xsd.UnsignedInt.Value, Xsd.UnsignedShort.Value, Xsd.UnsignedByte.Value,
    };

    /// <summary>The natural type of a literal and its value in that type.</summary>
    public static (PropertyType Type, object Value) Classify(Literal literal)
    {
        string dt = literal.Datatype.Value;
        string v = literal.Value;
        if (literal.Language is null)
        {
            if (IntegerTypes.Contains(dt) && long.TryParse(v.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l))
            {
                return (PropertyType.Long, l);
            }

            if ((dt == Xsd.Decimal.Value || dt == Xsd.Double.Value || dt == Xsd.Float.Value)
                && double.TryParse(v.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d))
            {
                return (PropertyType.Double, d);
            }

            if (dt == Xsd.Boolean.Value && v.Trim() is "true" or "false" or "1" or "0")
            {
                return (PropertyType.Boolean, v.Trim() is "true" or "1");
            }

            if (dt == Xsd.Date.Value && PlainDate().IsMatch(v) && DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return (PropertyType.Date, v);
            }

            if (dt == Xsd.DateTime.Value && ZonedDateTime().IsMatch(v) && DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return (PropertyType.DateTime, v);
            }
        }

        return (PropertyType.String, v);
    }

    /// <summary>The common type of two: equal types stay, long and double meet in double, anything else is a string.</summary>
    public static PropertyType Unify(PropertyType a, PropertyType b) =>
        a == b ? a
        : (a, b) is (PropertyType.Long, PropertyType.Double) or (PropertyType.Double, PropertyType.Long) ? PropertyType.Double
        : PropertyType.String;

    /// <summary>The literal as an item of the key's unified type.</summary>
    public static object Convert(Literal literal, PropertyType type)
    {
        var (natural, value) = Classify(literal);
        return type switch
        {
            PropertyType.String => literal.Value,
            PropertyType.Double when natural == PropertyType.Long => (double)(long)value,
            _ => value,
        };
    }

    public static int CompareItems(object a, object b) => (a, b) switch
    {
        (string x, string y) => string.CompareOrdinal(x, y),
        (long x, long y) => x.CompareTo(y),
        (double x, double y) => x.CompareTo(y),
        (bool x, bool y) => x.CompareTo(y),
        _ => string.CompareOrdinal(a.GetType().Name, b.GetType().Name),
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainDate();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex ZonedDateTime();
}
