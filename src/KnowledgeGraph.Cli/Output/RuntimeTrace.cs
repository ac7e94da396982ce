using System.Diagnostics;
using System.Globalization;

namespace KnowledgeGraph.Cli.Output;

/// <summary>
/// With <c>KG_TRACE=1</c>, a long command ends by printing the runtime's share of its run on standard error: CPU time,
/// memory allocated, garbage collections and their pauses, and the JIT's compile time. For tuning, and for telling a
/// slow disk from a busy GC.
/// </summary>
internal static class RuntimeTrace
{
    public static bool Enabled => Environment.GetEnvironmentVariable("KG_TRACE") == "1";

    public static void WriteIfEnabled(string command)
    {
        if (!Enabled)
        {
            return;
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"kg {command}: CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F1} s; " +
            $"allocated {GC.GetTotalAllocatedBytes() / 1e6:F0} MB; collections gen0 {GC.CollectionCount(0)}, " +
            $"gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms; " +
            $"JIT {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms for {System.Runtime.JitInfo.GetCompiledMethodCount()} methods"));
    }
}
