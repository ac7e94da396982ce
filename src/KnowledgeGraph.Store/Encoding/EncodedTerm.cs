using System.Buffers.Binary;

namespace KnowledgeGraph.Store.Encoding;

/// <summary>
/// A term as it appears in index keys: one type byte and a 16-byte payload. Short values are the payload
/// themselves; long ones are a 128-bit hash that the id-to-term column family maps back to the term.
/// </summary>
/// <remarks>
/// Packed to its 17 bytes (24 with alignment): a bulk load holds millions of these, and a chunk of 1,024 quads then
/// stays under the large-object threshold, where every allocation counts against a full collection's budget.
/// </remarks>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Pack = 1)]
internal readonly record struct EncodedTerm(byte Type, ulong Hi, ulong Lo)
{
    /// <summary>Bytes one encoded term takes in a key.</summary>
    public const int Size = 17;

    public static EncodedTerm DefaultGraph => new(TermType.DefaultGraph, 0, 0);

    public bool IsHashed => TermType.IsHashed(Type);

    public bool Equals(EncodedTerm other) => Lo == other.Lo && Hi == other.Hi && Type == other.Type;

    public override int GetHashCode() => (int)(Lo ^ (Lo >> 32) ^ (Hi * 0x9E3779B97F4A7C15UL >> 32)) ^ Type;

    public void WriteTo(Span<byte> destination)
    {
        destination[0] = Type;
        BinaryPrimitives.WriteUInt64BigEndian(destination[1..], Hi);
        BinaryPrimitives.WriteUInt64BigEndian(destination[9..], Lo);
    }

    public static EncodedTerm ReadFrom(ReadOnlySpan<byte> source) =>
        new(source[0], BinaryPrimitives.ReadUInt64BigEndian(source[1..]), BinaryPrimitives.ReadUInt64BigEndian(source[9..]));

    /// <summary>The 16-byte id under which a hashed term is stored in the id-to-term column family.</summary>
    public byte[] IdBytes()
    {
        var id = new byte[Size];
        WriteTo(id);
        return id;
    }
}
