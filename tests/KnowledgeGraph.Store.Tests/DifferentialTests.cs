using KnowledgeGraph.Rdf;
using Xunit.Abstractions;

namespace KnowledgeGraph.Store.Tests;

/// <summary>The store must answer every pattern exactly as the in-memory reference dataset does.</summary>
public sealed class DifferentialTests(ITestOutputHelper output)
{
    // indexFiles: every change set's new index entries go in as ingested table files instead of memtable inserts.
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(6, true)]
    public void Match_agrees_with_the_in_memory_dataset_through_inserts_deletes_and_graph_replacements(int seed, bool indexFiles)
    {
        using var dir = new TempDirectory();
        var random = new RandomQuads(seed);
        var reference = new InMemoryDataset();
        int patterns = 0;
        var options = indexFiles ? new QuadStoreOptions { IndexFileThreshold = 1 } : QuadStoreOptions.Default;
        using (var store = QuadStore.Open(dir.Sub("store"), options))
        {
            for (int round = 0; round < 12; round++)
            {
                var changes = NextChange(random, reference, round);
                reference.Apply(changes);
                store.Apply(changes);
                patterns += Compare(store, reference, random, 40);
            }
        }

        // Reopening must show the same content.
        using (var reopened = QuadStore.Open(dir.Sub("store")))
        {
            patterns += Compare(reopened, reference, random, 40);
        }

        Report($"differential seed {seed}{(indexFiles ? " (index files)" : "")}: {patterns} patterns agreed, {reference.Count} quads at the end");
    }

    [Fact]
    public void Clear_all_then_insert_in_one_change_set_keeps_only_the_insertions()
    {
        using var dir = new TempDirectory();
        var random = new RandomQuads(9);
        var first = random.Quads(200);
        using var store = QuadStore.Open(dir.Sub("store"));
        store.Apply(ChangeSet.Insert(first));
        var changes = new ChangeSet { ClearAll = true };
        changes.Insertions.AddRange(first.Take(10));
        store.Apply(changes);
        var reference = new InMemoryDataset(first.Take(10));
        Assert.Equal(Sorted(reference.AllQuads()), Sorted(store.AllQuads()));
        Assert.Equal(reference.Count, store.Count);
    }

    internal static ChangeSet NextChange(RandomQuads random, InMemoryDataset reference, int round)
    {
        var changes = new ChangeSet();
        switch (round % 4)
        {
            case 0:
                changes.Insertions.AddRange(random.Quads(150));
                break;
            case 1:
                {
                    var existing = reference.AllQuads().ToList();
                    for (int i = 0; i < 30 && existing.Count > 0; i++)
                    {
                        changes.Deletions.Add(existing[random.Next(existing.Count)]);
                    }

                    changes.Deletions.Add(random.Quad());
                    changes.Insertions.AddRange(random.Quads(40));
                    break;
                }

            case 2:
                {
                    var graph = random.Graph();
                    var replaced = ChangeSet.ReplaceGraph(graph, random.Quads(25));
                    replaced.Insertions.AddRange(random.Quads(5));
                    return replaced;
                }

            default:
                changes.ClearedGraphs.Add(random.Graph());
                changes.ClearedGraphs.Add(DefaultGraph.Instance);
                changes.Insertions.AddRange(random.Quads(60));
                break;
        }

        return changes;
    }

    internal static int Compare(IQuadSource store, InMemoryDataset reference, RandomQuads random, int count)
    {
        var all = reference.AllQuads().ToList();
        Assert.Equal(Sorted(all), Sorted(store.AllQuads()));
        Assert.Equal(Sorted(reference.NamedGraphs()), Sorted(store.NamedGraphs()));
        for (int i = 0; i < count; i++)
        {
            var (s, p, o, g) = random.Pattern(all);
            var expected = Sorted(reference.Match(s, p, o, g));
            var actual = Sorted(store.Match(s, p, o, g));
            Assert.True(expected.SequenceEqual(actual), $"pattern {s} {p} {o} {g}: expected {expected.Count}, got {actual.Count}");
            Assert.True(store.EstimateCount(s, p, o, g) >= (expected.Count > 0 ? 1 : 0));
            if (store is IGroupCountSource counter)
            {
                // Counting by a position on the encodings gives what grouping the matched quads gives.
                for (int position = 0; position < 3; position++)
                {
                    var byTerm = reference.Match(s, p, o, g).GroupBy(q => CanonicalTerm(position switch { 0 => q.Subject, 1 => q.Predicate, _ => q.Obj }))
                        .Select(x => x.Key + " " + x.Count()).Order(StringComparer.Ordinal).ToList();
                    var counted = counter.CountByPosition(s, p, o, g, position).Select(x => CanonicalTerm(x.Key) + " " + x.Value).Order(StringComparer.Ordinal).ToList();
                    Assert.True(byTerm.SequenceEqual(counted), $"count by position {position} of pattern {s} {p} {o} {g}: expected {string.Join(", ", byTerm)}; got {string.Join(", ", counted)}");
                }
            }

            if (s is not null && p is not null && o is not null && g is not null)
            {
                Assert.Equal(reference.Contains(new Quad(s, p, o, g)), store.Contains(new Quad(s, p, o, g)));
            }
        }

        foreach (var q in all.Take(50))
        {
            Assert.True(store.Contains(q), $"missing {q}");
        }

        if (store is IStarSource stars)
        {
            CompareStars(stars, reference, random, all, count);
        }

        return count;
    }

    // Several predicates of one subject read in one pass (repeated and absent ones among them) give, predicate by
    // predicate, what one match each gives, in the default graph, a named graph and every graph.
    private static void CompareStars(IStarSource stars, InMemoryDataset reference, RandomQuads random, List<Quad> all, int count)
    {
        for (int i = 0; i < count; i++)
        {
            var sample = all.Count > 0 && random.Next(5) > 0 ? all[random.Next(all.Count)] : random.Quad();
            var predicates = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => random.Next(4) == 0 ? sample.Predicate : random.Predicate()).ToList();
            if (random.Next(6) == 0)
            {
                predicates.Add(Iri.Unchecked("http://example.org/p/absent"));
            }

            var graph = random.Next(3) switch { 0 => null, 1 => sample.Graph, _ => DefaultGraph.Instance };
            var lists = stars.MatchStar(sample.Subject, predicates, graph);
            Assert.Equal(predicates.Count, lists.Length);
            for (int k = 0; k < predicates.Count; k++)
            {
                var expected = Sorted(reference.Match(sample.Subject, predicates[k], null, graph));
                var actual = Sorted(lists[k]);
                Assert.True(expected.SequenceEqual(actual), $"star {sample.Subject} [{string.Join(", ", predicates)}] {graph}, predicate {k}: expected {expected.Count}, got {actual.Count}");
            }
        }
    }

    private static List<string> Sorted(IEnumerable<Quad> quads) => quads.Select(Canonical).Order(StringComparer.Ordinal).ToList();

    private static List<string> Sorted(IEnumerable<Term> terms) => terms.Select(t => t.ToString()).Order(StringComparer.Ordinal).ToList();

    // Language tags compare case-insensitively, so compare them lower-cased.
    private static string Canonical(Quad q) => string.Join(' ', new[] { q.Subject, q.Predicate, q.Obj, q.Graph }.Select(CanonicalTerm));

    private static string CanonicalTerm(Term t) => t switch
    {
        Literal { Language: not null } l => Literal.LanguageTagged(l.Value, l.Language.ToLowerInvariant(), l.Direction).ToString(),
        TripleTerm tt => "<<" + CanonicalTerm(tt.Triple.Subject) + " " + CanonicalTerm(tt.Triple.Predicate) + " " + CanonicalTerm(tt.Triple.Object) + ">>",
        _ => t.ToString(),
    };

    private void Report(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}
