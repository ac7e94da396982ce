using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Polly;
using Polly.Retry;

namespace KnowledgeGraph.Connectors.Http;

/// <summary>
/// Sends requests to one endpoint with a per-attempt timeout, authentication and retries with exponential
/// backoff for transient failures only. Turns every failure into a <see cref="SparqlProtocolException"/>.
/// </summary>
internal sealed partial class HttpTransport : IDisposable
{
    private readonly HttpClient _client;
    private readonly RemoteEndpointOptions _options;
    private readonly ResiliencePipeline _pipeline;
    private readonly AuthenticationHeaderValue? _basic;

    public HttpTransport(Uri endpoint, RemoteEndpointOptions options, HttpMessageHandler? handler)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException("The endpoint must be an absolute http or https URL.", nameof(endpoint));
        }

        _options = options;
        Endpoint = endpoint;
        DisplayEndpoint = endpoint.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
        var credentials = options.Credentials;
        if (credentials?.Scheme == AuthScheme.Basic)
        {
            string token = Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials.UserName + ":" + credentials.Password));
            _basic = new AuthenticationHeaderValue("Basic", token);
        }

        handler ??= CreateHandler(endpoint, credentials);
        _client = new HttpClient(handler, disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        _pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(
                    options.MaxRetries > 0
                    && args.Outcome.Exception is SparqlProtocolException { IsTransient: true } e
                    && (args.Context.Properties.GetValue(RetryAmbiguousKey, false) || !e.MayHaveBeenApplied)),
                OnRetry = args =>
                {
                    if (args.Context.Properties.TryGetValue(RetryObserverKey, out var observer))
                    {
                        observer?.Invoke(new RetryNotice(args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception?.Message ?? "failed"));
                    }

                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    private static readonly ResiliencePropertyKey<bool> RetryAmbiguousKey = new("kg.retry-ambiguous");
    private static readonly ResiliencePropertyKey<Action<RetryNotice>?> RetryObserverKey = new("kg.retry-observer");

    public Uri Endpoint { get; }

    /// <summary>The endpoint for messages: scheme, host, port and path; never user information or a query.</summary>
    public string DisplayEndpoint { get; }

    /// <summary>
    /// Sends a request built by <paramref name="createRequest"/> (called once per attempt) and reads a successful
    /// response with <paramref name="readResponse"/>. With <paramref name="retryAmbiguous"/> false, failures after
    /// which the server may have applied the request (timeouts, gateway errors) are not retried.
    /// </summary>
    public async Task<T> SendAsync<T>(
        string operation,
        Func<HttpRequestMessage> createRequest,
        bool retryAmbiguous,
        Func<HttpResponseMessage, CancellationToken, Task<T>> readResponse,
        Action<RetryNotice>? onRetry,
        CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RetryAmbiguousKey, retryAmbiguous);
        context.Properties.Set(RetryObserverKey, onRetry);
        try
        {
            return await _pipeline.ExecuteAsync(
                async (ctx, state) => await AttemptAsync(operation, createRequest, readResponse, ctx.CancellationToken).ConfigureAwait(false),
                context,
                0).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<T> AttemptAsync<T>(
        string operation,
        Func<HttpRequestMessage> createRequest,
        Func<HttpResponseMessage, CancellationToken, Task<T>> readResponse,
        CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(_options.Timeout);
        using var request = createRequest();
        if (_basic is not null)
        {
            request.Headers.Authorization = _basic;
        }

        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                string body = await ReadSnippetAsync(response, attempt.Token).ConfigureAwait(false);
                throw StatusError(operation, response.StatusCode, response.ReasonPhrase, body);
            }

            return await readResponse(response, attempt.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SparqlProtocolException(
                Scrub($"{operation} at {DisplayEndpoint}: no complete answer within {_options.Timeout.TotalSeconds:0.###} s"),
                null,
                isTransient: true,
                ex) { MayHaveBeenApplied = true };
        }
        catch (HttpRequestException ex)
        {
            bool refused = ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                || ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused };
            string what = refused ? "cannot connect" : "connection failed";
            throw new SparqlProtocolException(
                Scrub($"{operation} at {DisplayEndpoint}: {what} ({ex.HttpRequestError}: {Inner(ex)})"),
                null,
                isTransient: ex.HttpRequestError != HttpRequestError.NameResolutionError,
                ex) { MayHaveBeenApplied = !refused };
        }
        catch (IOException ex)
        {
            throw new SparqlProtocolException(
                Scrub($"{operation} at {DisplayEndpoint}: connection lost while reading the answer ({ex.Message})"),
                null,
                isTransient: true,
                ex) { MayHaveBeenApplied = true };
        }
    }

    private SparqlProtocolException StatusError(string operation, HttpStatusCode status, string? reason, string body)
    {
        int code = (int)status;
        bool transient = code is 429 or 502 or 503 or 504 or 408 || code == 500 && LostAWriteRace(body);
        string hint = code switch
        {
            401 => " (authentication required or refused: check --user and the password)",
            403 => " (not allowed: the account lacks write permission, for Virtuoso GRANT SPARQL_UPDATE)",
            404 => " (no such endpoint or graph)",
            _ => "",
        };
        string message = $"{operation} at {DisplayEndpoint}: HTTP {code} {reason}{hint}";
        if (body.Length > 0)
        {
            message += ": " + body;
        }

        return new SparqlProtocolException(Scrub(message), status, transient)
        {
            // A 429 or 503 was refused before any work; a gateway error may hide a request that went through.
            MayHaveBeenApplied = code is 502 or 504 or 408,
        };
    }

    // A server error that says the request lost a race with another writer inside the store and was rolled back: a
    // deadlock, a serialisation failure (SQLSTATE 40001), or Virtuoso adding the same new datatype or language to its
    // dictionary for two writers at once (SR197 on DB.DBA.RDF_DATATYPE or RDF_LANGUAGE). Sent again, it succeeds.
    private static bool LostAWriteRace(string body) =>
        body.Contains("deadlock", StringComparison.OrdinalIgnoreCase)
        || body.Contains("40001", StringComparison.Ordinal)
        || body.Contains("SR197", StringComparison.Ordinal) && body.Contains("DB.DBA.RDF_", StringComparison.Ordinal);

    private static async Task<string> ReadSnippetAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            string text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            text = Whitespace().Replace(Tags().Replace(text, " "), " ").Trim();
            return text.Length > 400 ? text[..400] + "..." : text;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException)
        {
            return "";
        }
    }

    private static string Inner(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        return ex.Message;
    }

    /// <summary>Removes the password from a message, in case a server or a library echoed it.</summary>
    private string Scrub(string message)
    {
        string? password = _options.Credentials?.Password;
        return string.IsNullOrEmpty(password) ? message : message.Replace(password, "***", StringComparison.Ordinal);
    }

    private static HttpMessageHandler CreateHandler(Uri endpoint, EndpointCredentials? credentials)
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(15),
        };
        if (credentials is { Scheme: AuthScheme.Auto or AuthScheme.Digest })
        {
            var network = new NetworkCredential(credentials.UserName, credentials.Password);
            handler.Credentials = credentials.Scheme == AuthScheme.Digest
                ? new CredentialCache { { new Uri(endpoint.GetLeftPart(UriPartial.Authority)), "Digest", network } }
                : network;
            handler.PreAuthenticate = true;
        }

        return handler;
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
