using System.Diagnostics;
using System.Text;

namespace KnowledgeGraph.EndToEnd.Tests;

/// <summary>Runs the built <c>kg</c> executable as a child process (<c>dotnet kg.dll ...</c>) and captures its output.</summary>
internal static class KgRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>kg.dll as built next to the tests (the test project references the CLI project).</summary>
    public static string KgDll => Path.Combine(AppContext.BaseDirectory, "kg.dll");

    public static async Task<KgResult> RunAsync(string workingDirectory, params string[] args) =>
        await RunWithInputAsync(workingDirectory, null, args);

    public static Task<KgResult> RunWithInputAsync(string workingDirectory, string? standardInput, params string[] args) =>
        RunCoreAsync(workingDirectory, standardInput, new Dictionary<string, string?>(), args);

    /// <summary>Runs kg with extra environment variables (a null value removes the variable).</summary>
    public static Task<KgResult> RunWithEnvironmentAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        RunCoreAsync(workingDirectory, null, environment, args);

    /// <summary>The start information of <c>dotnet kg.dll ARGS</c> as the tests run it (CI mode, no KG_STORE).</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string?> environment, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(KgDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["CI"] = "true";
        start.Environment.Remove("KG_STORE");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("COLUMNS");
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        return start;
    }

    private static async Task<KgResult> RunCoreAsync(string workingDirectory, string? standardInput, IReadOnlyDictionary<string, string?> environment, string[] args)
    {
        var start = StartInfo(workingDirectory, environment, args);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }

        process.StandardInput.Close();
        using var cts = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"kg {string.Join(' ', args)} did not finish within {Timeout}");
        }

        var result = new KgResult(process.ExitCode, await stdout, await stderr);
        Console.WriteLine($"$ kg {string.Join(' ', args)}  → exit {result.ExitCode}");
        return result;
    }
}
