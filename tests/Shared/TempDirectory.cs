namespace KnowledgeGraph.Testing;

/// <summary>
/// A fresh directory under the system temp folder for one test (inputs, stores, reports), created at once and deleted
/// on dispose as far as possible: a child process may still be releasing its files, and the OS cleans the temp folder
/// eventually. Compiled into every test project (tests/Directory.Build.props).
/// </summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory(string prefix = "kg-tests-")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A path inside the directory.</summary>
    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort (see the summary).
        }
    }
}
