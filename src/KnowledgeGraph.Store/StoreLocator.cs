namespace KnowledgeGraph.Store;

/// <summary>
/// Where the default store lives: an explicit directory if given, else the <c>KG_STORE</c> environment variable,
/// else <c>.kg/store</c> under the current directory. Every command and host resolves it the same way.
/// </summary>
public static class StoreLocator
{
    public const string EnvironmentVariable = "KG_STORE";

    public static readonly string DefaultRelativePath = Path.Combine(".kg", "store");

    /// <summary>The full path of the store directory to use.</summary>
    public static string Resolve(string? explicitDirectory, string? currentDirectory = null)
    {
        string? chosen = !string.IsNullOrWhiteSpace(explicitDirectory)
            ? explicitDirectory
            : Environment.GetEnvironmentVariable(EnvironmentVariable);
        string baseDirectory = currentDirectory ?? Environment.CurrentDirectory;
        return string.IsNullOrWhiteSpace(chosen)
            ? Path.GetFullPath(Path.Combine(baseDirectory, DefaultRelativePath))
            : Path.GetFullPath(chosen, baseDirectory);
    }
}
