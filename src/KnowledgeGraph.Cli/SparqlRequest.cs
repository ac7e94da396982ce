using System.CommandLine;

namespace KnowledgeGraph.Cli;

/// <summary>Reads the SPARQL text of <c>kg query</c> and <c>kg update</c> from a file option or an argument.</summary>
internal static class SparqlRequest
{
    public static bool TryRead(ParseResult parse, Option<string?> file, Argument<string?> text, string what, out string? request, out string source, out int exitCode) =>
        TryRead(parse, file, text, what, what, out request, out source, out exitCode);

    /// <summary>Reads the request text for <c>kg COMMAND</c>; errors are reported and give the exit code.</summary>
    public static bool TryRead(ParseResult parse, Option<string?> file, Argument<string?> text, string command, string what, out string? request, out string source, out int exitCode)
    {
        string? path = parse.GetValue(file);
        string? inline = parse.GetValue(text);
        request = null;
        source = "<" + what + ">";
        exitCode = ExitCodes.Success;
        if ((path is null) == (inline is null))
        {
            Console.Error.WriteLine($"kg {command}: give either --{what} FILE or the {what} text");
            exitCode = ExitCodes.UsageError;
            return false;
        }

        if (inline is not null)
        {
            request = inline;
            return true;
        }

        try
        {
            request = path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path!);
            source = path == "-" ? "<stdin>" : path!;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{path}:0:0: cannot read the {what}: {e.Message}");
            exitCode = ExitCodes.InputError;
            return false;
        }
    }

    /// <summary>The base IRI for relative IRIs: the request file's URI, or none for inline text.</summary>
    public static string? BaseIri(ParseResult parse, Option<string?> file) =>
        parse.GetValue(file) is { } path && path != "-" ? new Uri(Path.GetFullPath(path)).AbsoluteUri : null;
}
