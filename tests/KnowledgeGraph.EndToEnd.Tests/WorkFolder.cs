namespace KnowledgeGraph.EndToEnd.Tests;

/// <summary>
/// A fresh folder under the system temp folder for one test (inputs, stores, reports), created at once and deleted on
/// dispose as far as possible: a child process may still be releasing its files, and a leftover temp folder does no
/// harm.
/// </summary>
internal sealed class WorkFolder : IDisposable
{
    public WorkFolder(string prefix)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A path inside the folder.</summary>
    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort (see the summary).
        }
    }
}
