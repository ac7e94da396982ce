using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Connectors.GraphStore;

/// <summary>
/// Builds an N-Triples request body (UTF-8, one triple per line) straight into a byte buffer, with the escaping of
/// <see cref="Term.ToString"/>: quotes, backslashes and control characters in literals are escaped, so no value can
/// end a literal or a line early. Writing bytes directly, rather than a string per line, keeps the client's share of
/// the two cores small while the server parses.
/// </summary>
internal sealed class NTriplesBody
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private byte[] _buffer;
    private int _length;

    public NTriplesBody(int capacity = 1 << 12) => _buffer = new byte[Math.Max(64, capacity)];

    /// <summary>Triples written.</summary>
    public int Count { get; private set; }

    /// <summary>Bytes written.</summary>
    public int Length => _length;

    /// <summary>The body written so far.</summary>
    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _length);

    /// <exception cref="ArgumentException">The triple has an RDF 1.2 triple term, which N-Triples 1.1 cannot carry.</exception>
    public void Add(Triple t)
    {
        if (t.Subject is TripleTerm || t.Obj is TripleTerm)
        {
            throw new ArgumentException("RDF 1.2 triple terms cannot be sent as N-Triples 1.1: " + t);
        }

        Term(t.Subject);
        Byte((byte)' ');
        Term(t.Predicate);
        Byte((byte)' ');
        Term(t.Obj);
        Ascii(" .\n");
        Count++;
    }

    public static byte[] Serialize(IReadOnlyList<Triple> triples)
    {
        var body = new NTriplesBody(triples.Count * 120);
        foreach (var t in triples)
        {
            body.Add(t);
        }

        return body.Written.ToArray();
    }

    /// <summary>The triple's line, with its line feed.</summary>
    public static string Line(Triple t) => t.Subject + " " + t.Predicate + " " + t.Obj + " .\n";

    /// <summary>The UTF-8 length of the triple's line, computed only when it may exceed <paramref name="limit"/>.</summary>
    public static bool IsLongerThan(Triple t, int limit)
    {
        // An escaped character takes at most 6 bytes (\uXXXX) per UTF-16 unit; most lines are far below any limit.
        long bound = (6L * (TextLength(t.Subject) + TextLength(t.Predicate) + TextLength(t.Obj))) + 64;
        return bound > limit && Utf8.GetByteCount(Line(t)) > limit;
    }

    /// <summary>A short description of the triple for messages: the subject, the predicate and the start of the object.</summary>
    public static string Describe(Triple t)
    {
        string obj = t.Obj.ToString();
        return $"{t.Subject} {t.Predicate} {(obj.Length > 80 ? obj[..80] + "..." : obj)}";
    }

    /// <summary>The longest line of a body (its UTF-8 length with the line feed, and its start for messages).</summary>
    public static (int Bytes, string Start) LongestLine(ReadOnlySpan<byte> body)
    {
        int best = 0;
        int bestStart = 0;
        int start = 0;
        while (start < body.Length)
        {
            int end = body[start..].IndexOf((byte)'\n');
            int length = end < 0 ? body.Length - start : end + 1;
            if (length > best)
            {
                best = length;
                bestStart = start;
            }

            start += length;
        }

        string text = Encoding.UTF8.GetString(body.Slice(bestStart, Math.Min(best, 200)));
        return (best, best > 200 ? text + "..." : text.TrimEnd('\n'));
    }

    private static int TextLength(Term term) => term switch
    {
        Iri iri => iri.Value.Length,
        Literal literal => literal.Value.Length + (literal.Language?.Length ?? 0) + (literal.Direction?.Length ?? 0) + literal.Datatype.Value.Length,
        BlankNode blank => blank.Label.Length,
        _ => term.ToString()!.Length,
    };

    private void Term(Term term)
    {
        switch (term)
        {
            case Iri iri:
                Byte((byte)'<');
                Text(NTriplesEscaping.EscapeIri(iri.Value));
                Byte((byte)'>');
                break;
            case Literal literal:
                Byte((byte)'"');
                Text(NTriplesEscaping.EscapeString(literal.Value));
                Byte((byte)'"');
                if (literal.Language is not null)
                {
                    Byte((byte)'@');
                    Text(literal.Language);
                    if (literal.Direction is not null)
                    {
                        Ascii("--");
                        Text(literal.Direction);
                    }
                }
                else if (!literal.Datatype.Equals(KnowledgeGraph.Rdf.Vocabularies.Xsd.String))
                {
                    Ascii("^^");
                    Term(literal.Datatype);
                }

                break;
            case BlankNode blank:
                Ascii("_:");
                Text(blank.Label);
                break;
            default:
                Text(term.ToString()!);
                break;
        }
    }

    private void Byte(byte b)
    {
        Reserve(1);
        _buffer[_length++] = b;
    }

    private void Ascii(string s)
    {
        Reserve(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            _buffer[_length++] = (byte)s[i];
        }
    }

    private void Text(string s)
    {
        Reserve(Utf8.GetMaxByteCount(s.Length));
        _length += Utf8.GetBytes(s, _buffer.AsSpan(_length));
    }

    private void Reserve(int bytes)
    {
        if (_length + bytes > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes));
        }
    }
}
