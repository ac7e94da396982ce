namespace KnowledgeGraph.PropertyGraph;

/// <summary>The value type of a property, as Neo4j's bulk importer names it (<c>string</c>, <c>long</c>, ...).</summary>
public enum PropertyType
{
    /// <summary>Text; also the fallback when the values of one key have different types.</summary>
    String,

    /// <summary>64-bit integer (the xsd:integer family, when the value fits).</summary>
    Long,

    /// <summary>IEEE double (xsd:decimal, xsd:float, xsd:double, finite values).</summary>
    Double,

    /// <summary>xsd:boolean.</summary>
    Boolean,

    /// <summary>xsd:date in the plain form <c>YYYY-MM-DD</c>.</summary>
    Date,

    /// <summary>xsd:dateTime with a time zone (<c>Z</c> or an offset).</summary>
    DateTime,
}
