using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KnowledgeGraph.Connectors.Tests.Http;

/// <summary>A tiny HTTP/1.1 server on 127.0.0.1 with a random port, for deterministic fault tests.</summary>
internal sealed class FakeHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<FakeRequest, FakeResponse> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _connections;

    public FakeHttpServer(Func<FakeRequest, FakeResponse> handler)
    {
        _handler = handler;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _loop = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    public List<FakeRequest> Requests { get; } = [];

    /// <summary>
    /// The connections accepted so far, once at least <paramref name="expected"/> have been (or after 10 s). A client
    /// that gives up after a short timeout may close its connection before this server, on a busy machine, has read
    /// the request: such an attempt is missing from <see cref="Requests"/> but counted here.
    /// </summary>
    public async Task<int> ConnectionsAsync(int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Volatile.Read(ref _connections) < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        return Volatile.Read(ref _connections);
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequestAsync(stream);
                if (request is null)
                {
                    return;
                }

                lock (Requests)
                {
                    Requests.Add(request);
                }

                var response = _handler(request);
                if (response.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(response.Delay, _stop.Token);
                }

                if (response.DropConnection)
                {
                    client.Client.Close();
                    return;
                }

                byte[] body = Encoding.UTF8.GetBytes(response.Body);
                var head = new StringBuilder();
                head.Append($"HTTP/1.1 {response.Status} {response.Reason}\r\n");
                head.Append($"Content-Type: {response.ContentType}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n");
                foreach (var (k, v) in response.Headers)
                {
                    head.Append($"{k}: {v}\r\n");
                }

                head.Append("\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
                await stream.WriteAsync(body);
                await stream.FlushAsync();
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away (for example after its timeout).
            }
        }
    }

    private static async Task<FakeRequest?> ReadRequestAsync(NetworkStream stream)
    {
        // Reads in blocks (a read returns what has arrived): the head ends at the first blank line, and what came
        // after it is the start of the body.
        var received = new List<byte>();
        var block = new byte[4096];
        int headEnd;
        while ((headEnd = HeadEnd(received)) < 0)
        {
            int n = await stream.ReadAsync(block);
            if (n == 0)
            {
                return null;
            }

            received.AddRange(block.AsSpan(0, n));
        }

        var lines = Encoding.ASCII.GetString(received.GetRange(0, headEnd).ToArray()).Split("\r\n");
        var parts = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        byte[] body = [];
        if (headers.TryGetValue("Content-Length", out var length))
        {
            body = new byte[int.Parse(length, System.Globalization.CultureInfo.InvariantCulture)];
            int early = Math.Min(body.Length, received.Count - headEnd - 4);
            received.CopyTo(headEnd + 4, body, 0, early);
            await stream.ReadExactlyAsync(body.AsMemory(early));
        }

        return new FakeRequest(parts[0], parts[1], headers, Encoding.UTF8.GetString(body));
    }

    // The index of the blank line's "\r\n\r\n" that ends the head, or -1 while it has not arrived.
    private static int HeadEnd(List<byte> received)
    {
        for (int i = 0; i + 3 < received.Count; i++)
        {
            if (received[i] == '\r' && received[i + 1] == '\n' && received[i + 2] == '\r' && received[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }
}
