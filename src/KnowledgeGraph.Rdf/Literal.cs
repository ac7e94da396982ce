using System.Globalization;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// A literal: a lexical form with a datatype, or with a language tag (datatype rdf:langString), or with a
/// language tag and base direction (RDF 1.2, datatype rdf:dirLangString). A simple literal is an xsd:string.
/// Language tags keep the case they were written in and compare case-insensitively, as RDF 1.1 requires.
/// </summary>
public sealed class Literal : Term
{
    private Literal(string value, Iri datatype, string? language, string? direction)
        : base(HashCode.Combine(
            TermKind.Literal,
            StringComparer.Ordinal.GetHashCode(value),
            datatype.GetHashCode(),
            language is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(language),
            direction))
    {
        Value = value;
        Datatype = datatype;
        Language = language;
        Direction = direction;
    }

    /// <summary>The lexical form.</summary>
    public string Value { get; }

    public Iri Datatype { get; }

    /// <summary>The language tag, or null.</summary>
    public string? Language { get; }

    /// <summary>The RDF 1.2 base direction (<c>ltr</c> or <c>rtl</c>), or null.</summary>
    public string? Direction { get; }

    public override TermKind Kind => TermKind.Literal;

    /// <summary>True for literals whose datatype is xsd:string (RDF 1.1 simple literals).</summary>
    public bool IsSimple => Language is null && Datatype.Equals(Xsd.String);

    /// <summary>A simple literal (xsd:string).</summary>
    public static Literal Create(string value) => new(value ?? throw new ArgumentNullException(nameof(value)), Xsd.String, null, null);

    /// <summary>A typed literal. An rdf:langString datatype without a tag is rejected.</summary>
    public static Literal Typed(string value, Iri datatype)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(datatype);
        if (datatype.Equals(RdfVocabulary.LangString) || datatype.Equals(RdfVocabulary.DirLangString))
        {
            throw new ArgumentException("A language-tagged literal needs a language tag.", nameof(datatype));
        }

        return new Literal(value, datatype, null, null);
    }

    /// <summary>A language-tagged literal, optionally with an RDF 1.2 base direction.</summary>
    public static Literal LanguageTagged(string value, string language, string? direction = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentException.ThrowIfNullOrEmpty(language);
        if (direction is not null && direction is not ("ltr" or "rtl"))
        {
            throw new ArgumentException("Base direction must be 'ltr' or 'rtl'.", nameof(direction));
        }

        return new Literal(value, direction is null ? RdfVocabulary.LangString : RdfVocabulary.DirLangString, language, direction);
    }

    public static Literal Integer(long value) => new(value.ToString(CultureInfo.InvariantCulture), Xsd.Integer, null, null);

    public static Literal Decimal(decimal value)
    {
        string text = value.ToString(CultureInfo.InvariantCulture);
        if (!text.Contains('.', StringComparison.Ordinal))
        {
            text += ".0";
        }

        return new(text, Xsd.Decimal, null, null);
    }

    public static Literal Double(double value) => new(XsdFormatting.FormatDouble(value), Xsd.Double, null, null);

    public static Literal Boolean(bool value) => value ? TrueLiteral : FalseLiteral;

    private static readonly Literal TrueLiteral = new("true", Xsd.Boolean, null, null);
    private static readonly Literal FalseLiteral = new("false", Xsd.Boolean, null, null);

    public override bool Equals(Term? other) =>
        ReferenceEquals(this, other)
        || (other is Literal o
            && _hash == o._hash
            && string.Equals(Value, o.Value, StringComparison.Ordinal)
            && Datatype.Equals(o.Datatype)
            && string.Equals(Language, o.Language, StringComparison.OrdinalIgnoreCase)
            && string.Equals(Direction, o.Direction, StringComparison.Ordinal));

    public override string ToString()
    {
        string quoted = "\"" + NTriplesEscaping.EscapeString(Value) + "\"";
        if (Language is not null)
        {
            return Direction is null ? quoted + "@" + Language : quoted + "@" + Language + "--" + Direction;
        }

        return Datatype.Equals(Xsd.String) ? quoted : quoted + "^^" + Datatype;
    }
}
