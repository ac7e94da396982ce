using System.CommandLine;
using System.Net;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Connectors.Http;
using KnowledgeGraph.Connectors.Sparql;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Cli;

/// <summary>
/// The <c>--endpoint</c> options of <c>kg query</c> and <c>kg sparql</c>, and the remote run behind them: the query
/// goes to the server with the SPARQL 1.1 Protocol client and the result prints like a local one, with the same
/// output formats and exit codes.
/// </summary>
internal sealed class RemoteQuery
{
    private RemoteQuery(Option<string?> endpoint, Option<string?> user, Option<string?> passwordFile)
    {
        Endpoint = endpoint;
        User = user;
        PasswordFile = passwordFile;
    }

    public Option<string?> Endpoint { get; }

    public Option<string?> User { get; }

    public Option<string?> PasswordFile { get; }

    /// <summary>Creates the options and adds them to <paramref name="command"/>.</summary>
    public static RemoteQuery AddTo(Command command, string instead)
    {
        var remote = new RemoteQuery(
            new Option<string?>("--endpoint", "-e") { Description = $"Send the query to this SPARQL 1.1 endpoint instead of {instead}." },
            new Option<string?>("--user", "-u") { Description = "User name for --endpoint; the password comes from --password-file or the KG_PASSWORD environment variable." },
            new Option<string?>("--password-file") { Description = "File whose first line is the --endpoint password (never give a password on the command line)." });
        command.Options.Add(remote.Endpoint);
        command.Options.Add(remote.User);
        command.Options.Add(remote.PasswordFile);
        return remote;
    }

    /// <summary>Runs <paramref name="queryText"/> on the endpoint given with --endpoint and prints the result.</summary>
    public async Task<int> RunAsync(ParseResult parse, string command, string queryText, string format, double? timeoutSeconds, CancellationToken cancellationToken)
    {
        if (!PushCommand.TryUri(parse.GetValue(Endpoint)!, "--endpoint", out var uri, out var error)
            || !PushCommand.TryEndpointOptions(parse.GetValue(User), parse.GetValue(PasswordFile), AuthScheme.Auto, timeoutSeconds ?? 300, 2, out var options, out error))
        {
            Console.Error.WriteLine($"kg {command}: {error}");
            return ExitCodes.UsageError;
        }

        try
        {
            using var client = new SparqlClient(uri!, options);
            using var result = await client.QueryAsync(queryText, null, cancellationToken).ConfigureAwait(false);
            return ResultPrinter.PrintToConsole(result, format, ResultPrinter.Prefixes(DeclaredPrefixes(queryText)), command);
        }
        catch (SparqlProtocolException e)
        {
            Console.Error.WriteLine($"kg {command}: {e.Message}");
            return e.StatusCode == HttpStatusCode.BadRequest ? ExitCodes.InputError : ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine($"kg {command}: interrupted.");
            return ExitCodes.Interrupted;
        }
    }

    // The server may accept syntax we do not (extensions); the query's prefixes are only for display.
    private static IEnumerable<KeyValuePair<string, string>> DeclaredPrefixes(string queryText)
    {
        try
        {
            return SparqlParser.ParseQuery(queryText).Prefixes.Entries;
        }
        catch (SparqlSyntaxException)
        {
            return [];
        }
    }
}
