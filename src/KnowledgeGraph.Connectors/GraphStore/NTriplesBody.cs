using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Connectors.GraphStore;

/// <summary>
/// Serialises triples as an N-Triples request body (UTF-8, one triple per line, with the escaping of
/// <see cref="Term.ToString"/>: quotes, backslashes and control characters in literals are escaped, so no value
/// can end a literal or a line early).
/// </summary>
internal static class NTriplesBody
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] Serialize(IReadOnlyList<Triple> triples)
    {
        var buffer = new MemoryStream(triples.Count * 120);
        using (var writer = new StreamWriter(buffer, Utf8, 1 << 16, leaveOpen: true))
        {
            foreach (var t in triples)
            {
                if (t.Subject is TripleTerm || t.Obj is TripleTerm)
                {
                    throw new ArgumentException("RDF 1.2 triple terms cannot be sent as N-Triples 1.1: " + t);
                }

                writer.Write(Line(t));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The triple's line, with its line feed.</summary>
    public static string Line(Triple t) => t.Subject + " " + t.Predicate + " " + t.Obj + " .\n";

    /// <summary>The UTF-8 length of the triple's line, computed only when it may exceed <paramref name="limit"/>.</summary>
    public static bool IsLongerThan(Triple t, int limit)
    {
        // An escaped character takes at most 6 bytes (\uXXXX) per UTF-16 unit; most lines are far below any limit.
        long bound = (6L * (Length(t.Subject) + Length(t.Predicate) + Length(t.Obj))) + 64;
        return bound > limit && Utf8.GetByteCount(Line(t)) > limit;
    }

    /// <summary>A short description of the triple for messages: the subject, the predicate and the start of the object.</summary>
    public static string Describe(Triple t)
    {
        string obj = t.Obj.ToString();
        return $"{t.Subject} {t.Predicate} {(obj.Length > 80 ? obj[..80] + "..." : obj)}";
    }

    private static int Length(Term term) => term switch
    {
        Iri iri => iri.Value.Length,
        Literal literal => literal.Value.Length + (literal.Language?.Length ?? 0) + (literal.Direction?.Length ?? 0) + literal.Datatype.Value.Length,
        BlankNode blank => blank.Label.Length,
        _ => term.ToString()!.Length,
    };
}
