using System.Diagnostics;
using System.Globalization;

namespace KnowledgeGraph.Benchmarks.Sparql;

/// <summary>Times each SPARQL benchmark query (one cold run, then the median of five warm runs) and prints a table.</summary>
public static class QuickSparqlRun
{
    public static void Run(int people)
    {
        var bench = new SparqlQueryBenchmarks { People = people };
        var setup = Stopwatch.StartNew();
        bench.Setup();
        Console.WriteLine($"setup (generate + load, {people} people): {setup.ElapsedMilliseconds} ms");
        (string Name, Func<int> Run)[] queries =
        [
            ("Q1 point lookup", bench.Q1_point_lookup),
            ("Q2 two-hop join", bench.Q2_two_hop_join),
            ("Q3 CONTAINS scan", bench.Q3_contains_scan),
            ("Q4 GROUP BY/ORDER BY/LIMIT", bench.Q4_group_by_order_limit),
            ("Q5 OPTIONAL with filter", bench.Q5_optional_with_filter),
            ("Q6 transitive path", bench.Q6_transitive_path),
        ];
        foreach (var (name, run) in queries)
        {
            var sw = Stopwatch.StartNew();
            int rows = run();
            double cold = sw.Elapsed.TotalMilliseconds;
            var warm = new List<double>();
            for (int i = 0; i < 5; i++)
            {
                sw.Restart();
                run();
                warm.Add(sw.Elapsed.TotalMilliseconds);
            }

            warm.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28} rows {rows,6}  cold {cold,8:0.00} ms  warm median {warm[2],8:0.00} ms"));
        }
    }
}
