namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// A small direct-mapped cache of <see cref="Iri"/> objects keyed by their characters, so that repeated predicates,
/// classes and namespaces are neither re-allocated as strings nor as terms.
/// </summary>
internal sealed class IriCache
{
    private const int Size = 4096;
    private readonly Iri?[] _slots = new Iri?[Size];

    public Iri Get(ReadOnlySpan<char> value)
    {
        int slot = string.GetHashCode(value) & (Size - 1);
        var hit = _slots[slot];
        if (hit is not null && value.SequenceEqual(hit.Value))
        {
            return hit;
        }

        var iri = Iri.Unchecked(new string(value));
        _slots[slot] = iri;
        return iri;
    }
}
