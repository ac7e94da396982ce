namespace KnowledgeGraph.Rdf.Vocabularies;

/// <summary>XML Schema datatypes used by RDF and SPARQL.</summary>
public static class Xsd
{
    public const string Namespace = "http://www.w3.org/2001/XMLSchema#";

    public static readonly Iri String = Iri.Unchecked(Namespace + "string");
    public static readonly Iri Boolean = Iri.Unchecked(Namespace + "boolean");
    public static readonly Iri Integer = Iri.Unchecked(Namespace + "integer");
    public static readonly Iri Decimal = Iri.Unchecked(Namespace + "decimal");
    public static readonly Iri Double = Iri.Unchecked(Namespace + "double");
    public static readonly Iri Float = Iri.Unchecked(Namespace + "float");
    public static readonly Iri Long = Iri.Unchecked(Namespace + "long");
    public static readonly Iri Int = Iri.Unchecked(Namespace + "int");
    public static readonly Iri Short = Iri.Unchecked(Namespace + "short");
    public static readonly Iri Byte = Iri.Unchecked(Namespace + "byte");
    public static readonly Iri NonNegativeInteger = Iri.Unchecked(Namespace + "nonNegativeInteger");
    public static readonly Iri NonPositiveInteger = Iri.Unchecked(Namespace + "nonPositiveInteger");
    public static readonly Iri PositiveInteger = Iri.Unchecked(Namespace + "positiveInteger");
    public static readonly Iri NegativeInteger = Iri.Unchecked(Namespace + "negativeInteger");
    public static readonly Iri UnsignedLong = Iri.Unchecked(Namespace + "unsignedLong");
    public static readonly Iri UnsignedInt = Iri.Unchecked(Namespace + "unsignedInt");
    public static readonly Iri UnsignedShort = Iri.Unchecked(Namespace + "unsignedShort");
    public static readonly Iri UnsignedByte = Iri.Unchecked(Namespace + "unsignedByte");
    public static readonly Iri DateTime = Iri.Unchecked(Namespace + "dateTime");
    public static readonly Iri Date = Iri.Unchecked(Namespace + "date");
    public static readonly Iri Time = Iri.Unchecked(Namespace + "time");
    public static readonly Iri GYear = Iri.Unchecked(Namespace + "gYear");
    public static readonly Iri GYearMonth = Iri.Unchecked(Namespace + "gYearMonth");
    public static readonly Iri Duration = Iri.Unchecked(Namespace + "duration");
    public static readonly Iri DayTimeDuration = Iri.Unchecked(Namespace + "dayTimeDuration");
    public static readonly Iri YearMonthDuration = Iri.Unchecked(Namespace + "yearMonthDuration");
    public static readonly Iri AnyUri = Iri.Unchecked(Namespace + "anyURI");

    private static readonly HashSet<string> IntegerTypes = new(StringComparer.Ordinal)
    {
        Integer.Value, Int.Value, Long.Value, Short.Value, Byte.Value, NonNegativeInteger.Value,
        NonPositiveInteger.Value, PositiveInteger.Value, NegativeInteger.Value, UnsignedLong.Value,
        UnsignedInt.Value, UnsignedShort.Value, UnsignedByte.Value,
    };

    /// <summary>True for xsd:integer and the datatypes derived from it (xsd:int, xsd:nonNegativeInteger, ...).</summary>
    public static bool IsIntegerType(Iri datatype) => IntegerTypes.Contains(datatype.Value);

    /// <summary>True for the numeric datatypes: the integer types, xsd:decimal, xsd:float and xsd:double.</summary>
    public static bool IsNumericType(Iri datatype) =>
        IsIntegerType(datatype) || datatype.Equals(Decimal) || datatype.Equals(Double) || datatype.Equals(Float);
}
