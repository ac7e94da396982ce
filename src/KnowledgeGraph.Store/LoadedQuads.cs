using System.IO.Hashing;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store;

/// <summary>
/// The quads one bulk load has inserted so far, as 128-bit fingerprints, so that the load needs no database
/// lookup to tell a new quad from a duplicate when the store was empty when the load began (the usual bulk case).
/// Once it holds its capacity of entries it is <see cref="Full"/>: batches begun after that track their own
/// quads and ask the database about the others, as outside bulk loads.
/// </summary>
internal sealed class LoadedQuads(bool storeWasEmpty, int capacity = LoadedQuads.DefaultCapacity)
{
    public const int DefaultCapacity = 8_000_000;
    private readonly HashSet<UInt128> _seen = new(Math.Min(capacity, 1 << 20));

    /// <summary>Whether a quad absent from this set may still be in the store.</summary>
    public bool StoreMayHold => !storeWasEmpty || Full;

    public bool Full => _seen.Count >= capacity;

    public bool Contains(in EncodedQuad quad) => _seen.Contains(Fingerprint(quad));

    /// <summary>Adds the quad with this fingerprint; false if this load has added it before.</summary>
    public bool Add(UInt128 fingerprint) => _seen.Add(fingerprint);

    public static UInt128 Fingerprint(in EncodedQuad quad)
    {
        Span<byte> key = stackalloc byte[4 * EncodedTerm.Size];
        quad.S.WriteTo(key);
        quad.P.WriteTo(key[EncodedTerm.Size..]);
        quad.O.WriteTo(key[(2 * EncodedTerm.Size)..]);
        quad.G.WriteTo(key[(3 * EncodedTerm.Size)..]);
        return XxHash128.HashToUInt128(key);
    }
}
