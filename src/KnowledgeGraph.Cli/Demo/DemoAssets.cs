using System.Reflection;

namespace KnowledgeGraph.Cli.Demo;

/// <summary>
/// The demo's articles (seeds/) and example questions (ontology/queries/*.rq): read from the repository when kg
/// runs inside a clone, else from the copies built into kg (so an installed tool can run the demo anywhere).
/// </summary>
internal static class DemoAssets
{
    private const string SeedPrefix = "seeds/";
    private const string QueryPrefix = "queries/";

    // The main questions first, in the order the README tells them; any other queries follow by name.
    private static readonly string[] PreferredOrder =
    [
        "who-said-what-about-a-place", "control-by-party", "who-holds-which-role", "facts-with-evidence", "path-between-actors",
    ];

    /// <summary>The repository root above <paramref name="start"/> (a folder with seeds/ and ontology/), or null.</summary>
    public static string? FindRepository(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "seeds")) && Directory.Exists(Path.Combine(dir.FullName, "ontology")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>The seed folder of the repository, or the built-in seeds written to <paramref name="scratch"/>.</summary>
    public static string SeedFolder(string? repository, string scratch)
    {
        if (repository is not null)
        {
            return Path.Combine(repository, "seeds");
        }

        Directory.CreateDirectory(scratch);
        foreach (var (name, text) in Embedded(SeedPrefix))
        {
            File.WriteAllText(Path.Combine(scratch, name), text);
        }

        return scratch;
    }

    /// <summary>The example queries (name without extension, text), main questions first.</summary>
    public static IReadOnlyList<(string Name, string Text)> Queries(string? repository)
    {
        var folder = repository is null ? null : Path.Combine(repository, "ontology", "queries");
        IEnumerable<(string Name, string Text)> queries = folder is not null && Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.rq").Select(f => (Path.GetFileName(f), File.ReadAllText(f)))
            : Embedded(QueryPrefix);
        return [.. queries
            .Select(q => (Name: Path.GetFileNameWithoutExtension(q.Name), q.Text))
            .OrderBy(q => Array.IndexOf(PreferredOrder, q.Name) is var i and >= 0 ? i : PreferredOrder.Length)
            .ThenBy(q => q.Name, StringComparer.Ordinal)];
    }

    /// <summary>The question a query answers: its leading comment lines, joined.</summary>
    public static string Title(string query)
    {
        var lines = query.Split('\n')
            .Select(l => l.Trim())
            .TakeWhile(l => l.StartsWith('#'))
            .Select(l => l.TrimStart('#').Trim())
            .Where(l => l.Length > 0);
        var title = string.Join(' ', lines);
        var end = title.IndexOf(": ", StringComparison.Ordinal);
        var sentence = title.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? title[..end] : sentence > 0 ? title[..(sentence + 1)] : title;
    }

    private static IEnumerable<(string Name, string Text)> Embedded(string prefix)
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (resource[prefix.Length..], reader.ReadToEnd());
        }
    }
}
