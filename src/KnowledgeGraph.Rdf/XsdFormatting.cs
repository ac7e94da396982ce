using System.Globalization;

namespace KnowledgeGraph.Rdf;

/// <summary>Canonical lexical forms for XSD numeric values.</summary>
public static class XsdFormatting
{
    /// <summary>xsd:double canonical form: <c>1.0E0</c>, <c>INF</c>, <c>-INF</c>, <c>NaN</c>.</summary>
    public static string FormatDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsPositiveInfinity(value))
        {
            return "INF";
        }

        if (double.IsNegativeInfinity(value))
        {
            return "-INF";
        }

        string r = value.ToString("E15", CultureInfo.InvariantCulture);
        int e = r.IndexOf('E', StringComparison.Ordinal);
        string mantissa = r[..e].TrimEnd('0');
        if (mantissa.EndsWith('.'))
        {
            mantissa += "0";
        }

        int exponent = int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return mantissa + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }
}
