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

                writer.Write(t.Subject.ToString());
                writer.Write(' ');
                writer.Write(t.Predicate.ToString());
                writer.Write(' ');
                writer.Write(t.Obj.ToString());
                writer.Write(" .\n");
            }
        }

        return buffer.ToArray();
    }
}
