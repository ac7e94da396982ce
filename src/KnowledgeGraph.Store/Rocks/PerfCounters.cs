namespace KnowledgeGraph.Store.Rocks;

/// <summary>
/// RocksDB counts every read step in a per-thread performance context unless told not to. Loaded at run time, the
/// library reaches that thread-local context through <c>__tls_get_addr</c> on every counter update: 6–8% of a
/// seek-heavy query's time, for counts nothing reads. The level is per thread, so each reading thread turns it off
/// once, before its first read.
/// </summary>
internal static class PerfCounters
{
    private const int Disable = 1;
    private const int EnableCount = 2;

    // rocksdb_user_key_comparison_count in c.h's list of metrics.
    private const int UserKeyComparisons = 0;

    [ThreadStatic]
    private static bool t_off;

    public static void TurnOffOnThisThread()
    {
        if (!t_off)
        {
            NativeMethods.rocksdb_set_perf_level(Disable);
            t_off = true;
        }
    }

    /// <summary>Key comparisons this thread's RocksDB calls counted while <paramref name="read"/> ran (for tests).</summary>
    internal static ulong UserKeyComparisonsDuring(Action read)
    {
        nint context = NativeMethods.rocksdb_perfcontext_create();
        try
        {
            NativeMethods.rocksdb_perfcontext_reset(context);
            read();
            return NativeMethods.rocksdb_perfcontext_metric(context, UserKeyComparisons);
        }
        finally
        {
            NativeMethods.rocksdb_perfcontext_destroy(context);
        }
    }

    /// <summary>Turns RocksDB's counting back on for this thread (for tests).</summary>
    internal static void CountOnThisThread() => NativeMethods.rocksdb_set_perf_level(EnableCount);
}
