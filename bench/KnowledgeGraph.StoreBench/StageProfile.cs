using System.Diagnostics;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.StoreBench;

/// <summary>Single-threaded costs of the bulk loader's stages over parsed quads (no database).</summary>
internal static class StageProfile
{
    public static void Run(List<Quad> quads)
    {
        var clock = Stopwatch.StartNew();
        var cache = new Dictionary<Term, EncodedTerm>(1 << 16);
        var encoded = new EncodedQuad[quads.Count];
        long hashed = 0;
        void OnHashed(EncodedTerm id, byte[] value) => hashed++;
        for (int i = 0; i < quads.Count; i++)
        {
            var q = quads[i];
            encoded[i] = new EncodedQuad(Encode(q.Subject), Encode(q.Predicate), Encode(q.Obj), Encode(q.Graph));
        }

        Console.WriteLine($"  stage encode (cached): {clock.Elapsed.TotalSeconds:F2}s, {hashed:N0} hashed encodings, {cache.Count:N0} cached terms");
        clock.Restart();
        var loaded = new LoadedQuads(true);
        var unique = new List<EncodedQuad>(encoded.Length);
        foreach (var q in encoded)
        {
            if (!loaded.Contains(q))
            {
                loaded.Add(LoadedQuads.Fingerprint(q));
                unique.Add(q);
            }
        }

        Console.WriteLine($"  stage dedup (fingerprints): {clock.Elapsed.TotalSeconds:F2}s, {unique.Count:N0} unique");
        clock.Restart();
        var set = new HashSet<EncodedQuad>(unique);
        Console.WriteLine($"  stage hashset of batch quads: {clock.Elapsed.TotalSeconds:F2}s");
        clock.Restart();
        var sorter = new KeySorter(unique.ToArray());
        Span<byte> key = stackalloc byte[68];
        long sum = 0;
        foreach (var index in QuadIndex.Default)
        {
            using var sorted = sorter.Sort(index);
            for (int n = 0; n < sorted.Count; n++)
            {
                sum += sorted.WriteKey(n, key);
            }
        }

        Console.WriteLine($"  stage sort and key writing x3: {clock.Elapsed.TotalSeconds:F2}s ({sum} bytes)");

        EncodedTerm Encode(Term term)
        {
            if (term is DefaultGraph)
            {
                return EncodedTerm.DefaultGraph;
            }

            if (!cache.TryGetValue(term, out var e))
            {
                e = TermCodec.Encode(term, OnHashed);
                cache[term] = e;
            }

            return e;
        }
    }
}
