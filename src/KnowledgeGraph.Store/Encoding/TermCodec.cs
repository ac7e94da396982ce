using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;
using Text = System.Text;

namespace KnowledgeGraph.Store.Encoding;

/// <summary>
/// Turns terms into <see cref="EncodedTerm"/>s and back. Inline forms: blank-node labels, IRIs and simple literals of
/// at most 16 UTF-8 bytes (without NUL), and xsd:integer literals in canonical form that fit a long. Everything else
/// is hashed with XXH128 over a type byte and a canonical serialisation (language tags lower-cased, since they
/// compare case-insensitively); the serialisation itself is what the id-to-term column family stores.
/// </summary>
internal static class TermCodec
{
    private const int InlineBytes = 16;
    private static readonly Text.UTF8Encoding Utf8 = new(false, true);

    /// <summary>
    /// Encodes a term; for hashed terms (and the parts of triple terms) calls <paramref name="onHashed"/> with the
    /// id and the bytes to store. Returns false for the default graph marker outside the graph position.
    /// </summary>
    public static EncodedTerm Encode(Term term, Action<EncodedTerm, byte[]>? onHashed)
    {
        switch (term)
        {
            case Iri iri:
                return EncodeString(iri.Value, TermType.IriInline, TermType.IriHashed, onHashed);
            case BlankNode blank:
                return EncodeString(blank.Label, TermType.BlankInline, TermType.BlankHashed, onHashed);
            case Literal literal:
                return EncodeLiteral(literal, onHashed);
            case TripleTerm triple:
                {
                    var value = new byte[EncodedTerm.Size * 3];
                    Encode(triple.Triple.Subject, onHashed).WriteTo(value);
                    Encode(triple.Triple.Predicate, onHashed).WriteTo(value.AsSpan(EncodedTerm.Size));
                    Encode(triple.Triple.Object, onHashed).WriteTo(value.AsSpan(EncodedTerm.Size * 2));
                    var id = Hashed(TermType.TripleHashed, value);
                    onHashed?.Invoke(id, value);
                    return id;
                }

            case DefaultGraph:
                return EncodedTerm.DefaultGraph;
            default:
                throw new ArgumentException($"Unsupported term type {term.GetType().Name}.", nameof(term));
        }
    }

    /// <summary>Decodes a term; <paramref name="lookup"/> returns the stored bytes of a hashed id.</summary>
    public static Term Decode(EncodedTerm encoded, Func<EncodedTerm, byte[]> lookup)
    {
        switch (encoded.Type)
        {
            case TermType.DefaultGraph:
                return Rdf.DefaultGraph.Instance;
            case TermType.IriInline:
                return Iri.Unchecked(InlineString(encoded));
            case TermType.BlankInline:
                return new BlankNode(InlineString(encoded));
            case TermType.StringInline:
                return Literal.Create(InlineString(encoded));
            case TermType.IntegerInline:
                return Literal.Integer((long)(encoded.Lo ^ 0x8000_0000_0000_0000UL));
            case TermType.IriHashed:
                return Iri.Unchecked(Utf8.GetString(lookup(encoded)));
            case TermType.BlankHashed:
                return new BlankNode(Utf8.GetString(lookup(encoded)));
            case TermType.StringHashed:
                return Literal.Create(Utf8.GetString(lookup(encoded)));
            case TermType.LiteralHashed:
                return DecodeLiteral(lookup(encoded));
            case TermType.TripleHashed:
                {
                    var value = lookup(encoded);
                    if (value.Length != EncodedTerm.Size * 3)
                    {
                        throw new StoreCorruptedException("a triple term in the dictionary has a bad length");
                    }

                    var s = Decode(EncodedTerm.ReadFrom(value), lookup);
                    var p = Decode(EncodedTerm.ReadFrom(value.AsSpan(EncodedTerm.Size)), lookup);
                    var o = Decode(EncodedTerm.ReadFrom(value.AsSpan(EncodedTerm.Size * 2)), lookup);
                    return new TripleTerm(new Triple(s, p, o));
                }

            default:
                throw new StoreCorruptedException($"unknown term type byte {encoded.Type} in an index key");
        }
    }

    private static EncodedTerm EncodeString(string value, byte inlineType, byte hashedType, Action<EncodedTerm, byte[]>? onHashed)
    {
        int max = Utf8.GetMaxByteCount(value.Length);
        if (value.Length <= InlineBytes && !value.Contains('\0', StringComparison.Ordinal))
        {
            Span<byte> buffer = stackalloc byte[max];
            int n = Utf8.GetBytes(value, buffer);
            if (n <= InlineBytes)
            {
                Span<byte> payload = stackalloc byte[InlineBytes];
                payload.Clear();
                buffer[..n].CopyTo(payload);
                return new EncodedTerm(inlineType, BinaryPrimitives.ReadUInt64BigEndian(payload), BinaryPrimitives.ReadUInt64BigEndian(payload[8..]));
            }
        }

        var bytes = Utf8.GetBytes(value);
        var id = Hashed(hashedType, bytes);
        onHashed?.Invoke(id, bytes);
        return id;
    }

    private static EncodedTerm EncodeLiteral(Literal literal, Action<EncodedTerm, byte[]>? onHashed)
    {
        if (literal.Language is null)
        {
            if (literal.Datatype.Equals(Xsd.String))
            {
                return EncodeString(literal.Value, TermType.StringInline, TermType.StringHashed, onHashed);
            }

            if (literal.Datatype.Equals(Xsd.Integer)
                && long.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n)
                && string.Equals(n.ToString(CultureInfo.InvariantCulture), literal.Value, StringComparison.Ordinal))
            {
                return new EncodedTerm(TermType.IntegerInline, 0, (ulong)n ^ 0x8000_0000_0000_0000UL);
            }
        }

        var stored = SerializeLiteral(literal, literal.Language);
        EncodedTerm id;
        if (literal.Language is null || literal.Language.Equals(literal.Language.ToLowerInvariant(), StringComparison.Ordinal))
        {
            id = Hashed(TermType.LiteralHashed, stored);
        }
        else
        {
            // Equal literals must get equal ids: hash the canonical (lower-case) tag, store the tag as written.
            id = Hashed(TermType.LiteralHashed, SerializeLiteral(literal, literal.Language.ToLowerInvariant()));
        }

        onHashed?.Invoke(id, stored);
        return id;
    }

    private static byte[] SerializeLiteral(Literal literal, string? language)
    {
        var buffer = new ArrayBufferWriter<byte>(literal.Value.Length + literal.Datatype.Value.Length + 16);
        WriteString(buffer, literal.Value);
        WriteString(buffer, literal.Datatype.Value);
        WriteString(buffer, language ?? string.Empty);
        WriteString(buffer, literal.Direction ?? string.Empty);
        return buffer.WrittenSpan.ToArray();
    }

    private static Literal DecodeLiteral(byte[] stored)
    {
        int offset = 0;
        string value = ReadString(stored, ref offset);
        string datatype = ReadString(stored, ref offset);
        string language = ReadString(stored, ref offset);
        string direction = ReadString(stored, ref offset);
        if (language.Length > 0)
        {
            return Literal.LanguageTagged(value, language, direction.Length > 0 ? direction : null);
        }

        return Literal.Typed(value, Iri.Unchecked(datatype));
    }

    private static void WriteString(ArrayBufferWriter<byte> buffer, string value)
    {
        int count = Utf8.GetByteCount(value);
        var span = buffer.GetSpan(count + 5);
        int n = 0;
        uint v = (uint)count;
        while (v >= 0x80)
        {
            span[n++] = (byte)(v | 0x80);
            v >>= 7;
        }

        span[n++] = (byte)v;
        n += Utf8.GetBytes(value, span[n..]);
        buffer.Advance(n);
    }

    private static string ReadString(byte[] data, ref int offset)
    {
        uint length = 0;
        int shift = 0;
        while (true)
        {
            if (offset >= data.Length || shift > 28)
            {
                throw new StoreCorruptedException("a literal in the dictionary is truncated");
            }

            byte b = data[offset++];
            length |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                break;
            }

            shift += 7;
        }

        if (length > data.Length - offset)
        {
            throw new StoreCorruptedException("a literal in the dictionary is truncated");
        }

        string s = Utf8.GetString(data, offset, (int)length);
        offset += (int)length;
        return s;
    }

    private static EncodedTerm Hashed(byte type, ReadOnlySpan<byte> canonical)
    {
        var hash = XxHash128.HashToUInt128(canonical, type);
        return new EncodedTerm(type, (ulong)(hash >> 64), (ulong)hash);
    }

    private static string InlineString(EncodedTerm encoded)
    {
        Span<byte> payload = stackalloc byte[InlineBytes];
        BinaryPrimitives.WriteUInt64BigEndian(payload, encoded.Hi);
        BinaryPrimitives.WriteUInt64BigEndian(payload[8..], encoded.Lo);
        int n = payload.IndexOf((byte)0);
        return Utf8.GetString(n < 0 ? payload : payload[..n]);
    }
}
