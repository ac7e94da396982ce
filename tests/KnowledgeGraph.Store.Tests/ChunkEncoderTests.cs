using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store.Tests;

public sealed class ChunkEncoderTests
{
    private static readonly Iri Person = Iri.Unchecked("http://example.org/person/hikmet-hajiyev");
    private static readonly Iri Name = Iri.Unchecked("http://xmlns.com/foaf/0.1/name");

    private static Quad[] Chunk(params string[] names) =>
        [.. names.Select(n => new Quad(Person, Name, Literal.Create(n), DefaultGraph.Instance))];

    private static int Listings(EncodedChunk chunk, Term term)
    {
        var id = TermCodec.Encode(term, null);
        return chunk.NewTerms.Count(t => t.Id == id);
    }

    [Fact]
    public void A_chunk_lists_each_hashed_term_it_uses_once()
    {
        var chunk = new ChunkEncoder().Encode(Chunk("Hikmet Hajiyev", "Hajiyev"), sequence: 1, targetGraph: null);

        Assert.Equal(1, Listings(chunk, Person));
        Assert.Equal(1, Listings(chunk, Name));
    }

    [Fact]
    public void A_term_listed_in_an_earlier_chunk_is_not_listed_again()
    {
        var encoder = new ChunkEncoder();
        PersonListings(encoder, sequence: 1);

        Assert.Equal(0, PersonListings(encoder, sequence: 2));
    }

    [Fact]
    public void A_chunk_encoded_after_a_later_one_lists_the_terms_again()
    {
        // Chunks are encoded in any order but written in input order: the entry must travel with the earlier chunk.
        var encoder = new ChunkEncoder();
        PersonListings(encoder, sequence: 7);

        Assert.Equal(1, PersonListings(encoder, sequence: 3));
        Assert.Equal(0, PersonListings(encoder, sequence: 9));
    }

    // How often the chunk numbered `sequence`, encoded next by `encoder`, lists the subject's dictionary entry.
    private static int PersonListings(ChunkEncoder encoder, long sequence) =>
        Listings(encoder.Encode(Chunk("name " + sequence), sequence, targetGraph: null), Person);
}
