using System.Diagnostics;

namespace KnowledgeGraph.Store.Tests;

/// <summary>Runs the test helper (KnowledgeGraph.Store.TestHelper.dll, copied next to the tests) as a child process.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;

    public ChildProcess(params string[] args)
    {
        string helper = Path.Combine(AppContext.BaseDirectory, "KnowledgeGraph.Store.TestHelper.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(helper);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("cannot start the test helper");
    }

    /// <summary>The next line of standard output, or null at its end.</summary>
    public string? ReadLine() => _process.StandardOutput.ReadLine();

    public void WriteLine(string line)
    {
        _process.StandardInput.WriteLine(line);
        _process.StandardInput.Flush();
    }

    /// <summary>SIGKILL on Unix: no chance to clean up.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public int WaitForExit()
    {
        if (!_process.WaitForExit(120_000))
        {
            Kill();
            throw new TimeoutException("the test helper did not finish");
        }

        return _process.ExitCode;
    }

    public string StandardError() => _process.StandardError.ReadToEnd();

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
