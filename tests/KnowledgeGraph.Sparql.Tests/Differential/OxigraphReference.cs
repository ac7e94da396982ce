using System.Diagnostics;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Differential;

/// <summary>
/// Runs a batch of queries through Oxigraph (npm <c>oxigraph</c>, in one node process) over N-Quads data, using the
/// script and package lock kept beside this file. Throws with a clear message when node or the package is missing.
/// </summary>
internal static class OxigraphReference
{
    public static string ScriptFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
        }

        return Path.Combine(dir.FullName, "tests", "KnowledgeGraph.Sparql.Tests", "Differential", "oxigraph");
    }

    public static List<Answer> Run(IEnumerable<Quad> data, IReadOnlyList<string> queries)
    {
        string folder = ScriptFolder();
        if (!File.Exists(Path.Combine(folder, "node_modules", "oxigraph", "package.json")))
        {
            throw new InvalidOperationException($"The npm package oxigraph is not installed: run `npm ci` in {folder} (.ci/run does this).");
        }

        string work = Directory.CreateTempSubdirectory("kg-oxigraph-diff-").FullName;
        try
        {
            string dataPath = Path.Combine(work, "data.nq");
            string queriesPath = Path.Combine(work, "queries.json");
            string outPath = Path.Combine(work, "answers.json");
            File.WriteAllLines(dataPath, data.Select(q => q.ToString()), new UTF8Encoding(false));
            File.WriteAllText(queriesPath, JsonSerializer.Serialize(queries), new UTF8Encoding(false));
            RunNode(folder, dataPath, queriesPath, outPath);
            using var doc = JsonDocument.Parse(File.ReadAllText(outPath, Encoding.UTF8));
            return [.. doc.RootElement.EnumerateArray().Select(ToAnswer)];
        }
        finally
        {
            // KG_DIFF_KEEP=DIR keeps the data, queries and Oxigraph's answers for debugging a difference.
            if (Environment.GetEnvironmentVariable("KG_DIFF_KEEP") is { Length: > 0 } keep)
            {
                Directory.CreateDirectory(keep);
                foreach (var file in Directory.GetFiles(work))
                {
                    File.Copy(file, Path.Combine(keep, Path.GetFileName(file)), overwrite: true);
                }
            }

            Directory.Delete(work, recursive: true);
        }
    }

    private static void RunNode(string folder, string dataPath, string queriesPath, string outPath)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "run-queries.mjs", dataPath, queriesPath, outPath })
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("node (Node.js 18 or later) is required for the Oxigraph differential test and was not found: " + e.Message, e);
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("The Oxigraph reference run took longer than 3 minutes.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"node run-queries.mjs failed with exit code {process.ExitCode}: {stderr.Result}");
            }
        }
    }

    private static Answer ToAnswer(JsonElement element)
    {
        if (element.TryGetProperty("error", out var error))
        {
            return new Answer(error.GetString() ?? "error", null, null);
        }

        string raw = element.GetProperty("results").GetRawText();
        return Answer.Of(SparqlResults.Read(new StringReader(raw), SparqlResultFormat.Json));
    }
}
