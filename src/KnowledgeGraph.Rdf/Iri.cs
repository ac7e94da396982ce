namespace KnowledgeGraph.Rdf;

/// <summary>An absolute IRI (RFC 3987). Create with <see cref="Parse"/> for untrusted input.</summary>
public sealed class Iri : Term
{
    private Iri(string value) : base(HashCode.Combine(TermKind.Iri, StringComparer.Ordinal.GetHashCode(value))) => Value = value;

    /// <summary>The IRI as a string, without angle brackets.</summary>
    public string Value { get; }

    public override TermKind Kind => TermKind.Iri;

    /// <summary>Validates an absolute IRI; throws <see cref="FormatException"/> when it is not one.</summary>
    public static Iri Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var iri, out var error) ? iri : throw new FormatException($"Invalid IRI <{value}>: {error}");
    }

    public static bool TryParse(string value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Iri? iri) => TryParse(value, out iri, out _);

    public static bool TryParse(string value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Iri? iri, out string? error)
    {
        error = IriSyntax.Validate(value);
        iri = error is null ? new Iri(value) : null;
        return iri is not null;
    }

    /// <summary>Creates an IRI from trusted, already-validated text (parsers, vocabulary constants).</summary>
    public static Iri Unchecked(string value) => new(value);

    public override bool Equals(Term? other) =>
        ReferenceEquals(this, other) || (other is Iri o && _hash == o._hash && string.Equals(Value, o.Value, StringComparison.Ordinal));

    public override string ToString() => "<" + NTriplesEscaping.EscapeIri(Value) + ">";
}
