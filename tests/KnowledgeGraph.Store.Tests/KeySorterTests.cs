using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store.Tests;

public sealed class KeySorterTests
{
    // Few distinct terms per position pack each key into 64 bits; about 70,000 distinct terms in all four positions
    // need more than 64 and take the 128-bit path.
    [Theory]
    [InlineData(5_000, 300, 7)]
    [InlineData(70_000, 0, 11)]
    public void Keys_come_out_in_byte_order_of_every_index(int count, int termsPerPosition, int seed)
    {
        var random = new Random(seed);
        var quads = new HashSet<EncodedQuad>();
        int serial = 0;
        EncodedTerm Term(int position)
        {
            // termsPerPosition 0: every term new, so each position has as many distinct terms as quads.
            ulong value = termsPerPosition == 0 ? (ulong)++serial : (ulong)random.Next(termsPerPosition);
            byte type = (byte)(1 + (value % 3));
            return new EncodedTerm(type, (ulong)random.Next(4) << 60 | value, (ulong)position);
        }

        while (quads.Count < count)
        {
            bool defaultGraph = random.Next(4) == 0;
            quads.Add(new EncodedQuad(Term(0), Term(1), Term(2), defaultGraph && termsPerPosition != 0 ? EncodedTerm.DefaultGraph : Term(3)));
        }

        var batch = quads.ToArray();
        var sorter = new KeySorter(batch);
        foreach (var index in QuadIndex.Named)
        {
            var expected = batch.Select(q => Convert.ToHexString(index.Key(q))).Order(StringComparer.Ordinal).ToList();
            using var sorted = sorter.Sort(index);
            var key = new byte[4 * EncodedTerm.Size];
            var actual = new List<string>(sorted.Count);
            for (int n = 0; n < sorted.Count; n++)
            {
                int length = sorted.WriteKey(n, key);
                actual.Add(Convert.ToHexString(key, 0, length));
            }

            Assert.Equal(expected, actual);
        }
    }
}
