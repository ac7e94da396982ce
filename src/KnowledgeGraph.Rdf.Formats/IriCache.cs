using System.Runtime.CompilerServices;
namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// A small direct-mapped cache of <see cref="Iri"/> objects keyed by their characters, so that repeated predicates,
/// classes and namespaces are neither re-allocated as strings nor as terms.
/// </summary>
internal sealed class IriCache
{
    private const int Size = 4096;
    private readonly Iri?[] _slots = new Iri?[Size];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Iri Get(ReadOnlySpan<char> value)
    {
        int slot = Hash(value) & (Size - 1);
        var hit = _slots[slot];
        if (hit is not null && value.SequenceEqual(hit.Value))
        {
            return hit;
        }

        var iri = Iri.Unchecked(new string(value));
        _slots[slot] = iri;
        return iri;
    }

    /// <summary>
    /// A cheap, non-randomised hash over the length and the last characters: IRIs share long namespaces, so the tail
    /// is what tells them apart (a collision only costs a cache miss).
    /// </summary>
    private static int Hash(ReadOnlySpan<char> value)
    {
        uint h = (uint)value.Length * 0x9E3779B1u;
        int start = Math.Max(0, value.Length - 24);
        for (int i = start; i < value.Length; i++)
        {
            h = (h ^ value[i]) * 0x01000193u;
        }

        return (int)(h ^ (h >> 15));
    }
}
