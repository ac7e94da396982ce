using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.MemoryMappedFiles;
using System.IO.Hashing;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Rocks;

namespace KnowledgeGraph.Store;

/// <summary>
/// A read-optimised copy of the store's nine indexes, written by <see cref="QuadStore.Compact"/> beside RocksDB's
/// files and read through a memory map by views of exactly the state it was written from (the same RocksDB sequence
/// number; any later write makes it stale, and the writer deletes it).
/// </summary>
/// <remarks>
/// <para>Terms get dense 32-bit ids in the order of their encodings, so each index is a sorted array of id tuples in
/// the order of its RocksDB keys: a pattern's matches are a binary search away, counting them is a subtraction, and
/// a decoded term is an array slot. A RocksDB seek costs 1–2.5 µs (its index and data block searches, block cache
/// lookups and iterator stack), which made lookup-heavy queries two to three times slower than in memory.</para>
/// <para>The file is derived data: a missing, stale or damaged one is ignored (RocksDB answers instead) and a
/// writable open deletes it. Its content is checked against a checksum when it is opened.</para>
/// </remarks>
internal sealed unsafe class ReadIndex : IDisposable
{
    /// <summary>The file's name in the store directory.</summary>
    public const string FileName = "kg-read-index";

    private const ulong Magic = 0x3158444952474B00; // "\0KGRIDX1" read as a little-endian number
    private const int Version = 1;
    private const int HeaderSize = 128;

    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _base;
    private readonly byte* _terms;
    private readonly uint*[] _rows = new uint*[QuadIndex.All.Length];
    private readonly long[] _rowCounts = new long[QuadIndex.All.Length];
    private readonly TermCache _cache;
    private readonly Term?[] _decoded;
    private readonly ConcurrentDictionary<Term, uint> _ids = new();
    private int _disposed;

    private ReadIndex(MemoryMappedFile file, MemoryMappedViewAccessor view, byte* start, ulong sequence, int termCount, long[] counts, TermCache cache)
    {
        _file = file;
        _view = view;
        _base = start;
        _cache = cache;
        Sequence = sequence;
        TermCount = termCount;
        _terms = start + HeaderSize;
        _decoded = new Term?[termCount];
        long offset = Align(HeaderSize + ((long)termCount * EncodedTerm.Size));
        for (int i = 0; i < QuadIndex.All.Length; i++)
        {
            _rows[i] = (uint*)(start + offset);
            _rowCounts[i] = counts[i];
            offset += counts[i] * QuadIndex.All[i].Order.Length * sizeof(uint);
        }
    }

    /// <summary>The RocksDB sequence number of the state the file copies.</summary>
    public ulong Sequence { get; }

    /// <summary>Distinct terms in the store.</summary>
    public int TermCount { get; }

    public static string PathIn(string storeDirectory) => Path.Combine(storeDirectory, FileName);

    /// <summary>Deletes the store's read index file if there is one (it is derived data; a failure leaves a stale file that views ignore).</summary>
    public static void Delete(string storeDirectory)
    {
        try
        {
            File.Delete(PathIn(storeDirectory));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Views compare its sequence number with their own and ignore it.
        }

        DeleteUnfinished(storeDirectory);
    }

    /// <summary>Deletes the temporary file of a write of the read index that did not finish.</summary>
    public static void DeleteUnfinished(string storeDirectory)
    {
        try
        {
            File.Delete(PathIn(storeDirectory) + ".tmp");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Never read; the next write of the index replaces it.
        }
    }

    /// <summary>
    /// Opens the store's read index when it copies the state at <paramref name="sequence"/>; null when there is none,
    /// or it is stale or damaged.
    /// </summary>
    public static ReadIndex? TryOpen(string storeDirectory, ulong sequence, TermCache cache)
    {
        string path = PathIn(storeDirectory);
        if (!File.Exists(path))
        {
            return null;
        }

        MemoryMappedFile? file = null;
        MemoryMappedViewAccessor? view = null;
        byte* start = null;
        try
        {
            long length = new FileInfo(path).Length;
            if (length < HeaderSize)
            {
                return null;
            }

            file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
            view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            start += view.PointerOffset;
            var header = new ReadOnlySpan<byte>(start, HeaderSize);
            if (BinaryPrimitives.ReadUInt64LittleEndian(header) != Magic
                || BinaryPrimitives.ReadInt32LittleEndian(header[8..]) != Version
                || BinaryPrimitives.ReadUInt64LittleEndian(header[16..]) != sequence)
            {
                return Fail();
            }

            long termCount = BinaryPrimitives.ReadInt64LittleEndian(header[24..]);
            var counts = new long[QuadIndex.All.Length];
            long expected = Align(HeaderSize + (termCount * EncodedTerm.Size));
            for (int i = 0; i < counts.Length; i++)
            {
                counts[i] = BinaryPrimitives.ReadInt64LittleEndian(header[(32 + (8 * i))..]);
                if (counts[i] < 0 || termCount is < 0 or > int.MaxValue)
                {
                    return Fail();
                }

                expected += counts[i] * QuadIndex.All[i].Order.Length * sizeof(uint);
            }

            ulong checksum = BinaryPrimitives.ReadUInt64LittleEndian(header[(32 + (8 * counts.Length))..]);
            if (expected != length || Checksum(start + HeaderSize, length - HeaderSize) != checksum)
            {
                return Fail();
            }

            return new ReadIndex(file, view, start, sequence, (int)termCount, counts, cache);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail();
        }

        ReadIndex? Fail()
        {
            if (start is not null)
            {
                view!.SafeMemoryMappedViewHandle.ReleasePointer();
            }

            view?.Dispose();
            file?.Dispose();
            return null;
        }
    }

    /// <summary>
    /// Writes the read index of the state <paramref name="snapshot"/> sees (its file first under a temporary name,
    /// synced, then renamed, so that a crash leaves either no file or a whole one).
    /// </summary>
    public static void Write(StoreDatabase db, Snapshot snapshot, CancellationToken cancellationToken)
    {
        string path = PathIn(db.Directory);
        string temporary = path + ".tmp";
        using var readOptions = new ReadOptions().SetSnapshot(snapshot).SetFillCache(false);
        var terms = CollectTerms(db, readOptions, cancellationToken);
        var ids = new TermIds(terms);

        var counts = new long[QuadIndex.All.Length];
        var hash = new XxHash3();
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None))
        {
            stream.Write(new byte[HeaderSize]);
            var output = new HashingWriter(stream, hash);
            Span<byte> term = stackalloc byte[EncodedTerm.Size];
            foreach (var t in terms)
            {
                t.WriteTo(term);
                output.Write(term);
            }

            output.Write(new byte[Align(HeaderSize + ((long)terms.Length * EncodedTerm.Size)) - HeaderSize - ((long)terms.Length * EncodedTerm.Size)]);
            for (int i = 0; i < QuadIndex.All.Length; i++)
            {
                counts[i] = WriteRows(db, readOptions, QuadIndex.All[i], ids, output, cancellationToken);
            }

            output.Flush();
            var header = new byte[HeaderSize];
            BinaryPrimitives.WriteUInt64LittleEndian(header, Magic);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), Version);
            BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(16), snapshot.SequenceNumber);
            BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(24), terms.Length);
            for (int i = 0; i < counts.Length; i++)
            {
                BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(32 + (8 * i)), counts[i]);
            }

            BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(32 + (8 * counts.Length)), hash.GetCurrentHashAsUInt64());
            stream.Position = 0;
            stream.Write(header);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    // Every term of the store, sorted by encoding: all four positions of the named graphs' quads and the three of the
    // default graph's triples.
    private static EncodedTerm[] CollectTerms(StoreDatabase db, ReadOptions readOptions, CancellationToken cancellationToken)
    {
        var seen = new HashSet<EncodedTerm>(MixedHash.Instance);
        foreach (var index in new[] { QuadIndex.Spog, QuadIndex.Dspo })
        {
            ScanKeys(db, readOptions, index, (_, term) => seen.Add(term), () => { }, cancellationToken);
        }

        var terms = seen.ToArray();
        Array.Sort(terms, CompareEncodings);
        return terms;
    }

    // The order of the terms' 17 key bytes: the type byte, then the two halves of the payload (big-endian in keys).
    private static int CompareEncodings(EncodedTerm a, EncodedTerm b)
    {
        int c = a.Type.CompareTo(b.Type);
        if (c != 0)
        {
            return c;
        }

        c = a.Hi.CompareTo(b.Hi);
        return c != 0 ? c : a.Lo.CompareTo(b.Lo);
    }

    private static long WriteRows(StoreDatabase db, ReadOptions readOptions, QuadIndex index, TermIds ids, HashingWriter output, CancellationToken cancellationToken)
    {
        var row = new uint[index.Order.Length];
        var bytes = new byte[row.Length * sizeof(uint)];
        return ScanKeys(db, readOptions, index, (column, term) => row[column] = ids.Of(term), () =>
        {
            for (int i = 0; i < row.Length; i++)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), row[i]);
            }

            output.Write(bytes);
        }, cancellationToken);
    }

    /// <summary>
    /// Reads an index's keys in order and calls <paramref name="changed"/> for each column whose term differs from the
    /// previous key's (keys are sorted, so a position often repeats), then <paramref name="keyDone"/>; returns the
    /// number of keys.
    /// </summary>
    private static long ScanKeys(StoreDatabase db, ReadOptions readOptions, QuadIndex index, Action<int, EncodedTerm> changed, Action keyDone, CancellationToken cancellationToken)
    {
        int width = index.Order.Length;
        var previous = new byte[index.KeySize];
        long n = 0;
        using var it = db.Db.NewIterator(db.Family(index), readOptions);
        for (it.SeekToFirst(); it.Valid(); it.Next())
        {
            if ((++n & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var key = it.GetKeySpan();
            for (int i = 0; i < width; i++)
            {
                var part = key.Slice(i * EncodedTerm.Size, EncodedTerm.Size);
                if (n == 1 || !part.SequenceEqual(previous.AsSpan(i * EncodedTerm.Size, EncodedTerm.Size)))
                {
                    changed(i, EncodedTerm.ReadFrom(part));
                }
            }

            key.CopyTo(previous);
            keyDone();
        }

        RocksErrors.CheckIterator(it, db.Directory);
        return n;
    }

    private static long Align(long offset) => (offset + 7) & ~7L;

    private static ulong Checksum(byte* start, long length)
    {
        var hash = new XxHash3();
        for (long done = 0; done < length;)
        {
            int chunk = (int)Math.Min(length - done, 1 << 30);
            hash.Append(new ReadOnlySpan<byte>(start + done, chunk));
            done += chunk;
        }

        return hash.GetCurrentHashAsUInt64();
    }

    /// <summary>The term with this id.</summary>
    public Term Decode(uint id) => Volatile.Read(ref _decoded[id]) ?? DecodeSlow(id);

    private Term DecodeSlow(uint id)
    {
        var term = _cache.DecodeUncached(EncodedAt(id));
        Volatile.Write(ref _decoded[id], term);
        if (term is Iri or BlankNode)
        {
            // Decoded IRIs come back as the bound positions of the next pattern.
            _ids.TryAdd(term, id);
        }

        return term;
    }

    public EncodedTerm EncodedAt(uint id) => EncodedTerm.ReadFrom(new ReadOnlySpan<byte>(_terms + ((long)id * EncodedTerm.Size), EncodedTerm.Size));

    /// <summary>The term's id; false when no quad of the store uses the term.</summary>
    public bool TryGetId(Term term, out uint id)
    {
        if (_ids.TryGetValue(term, out id))
        {
            return true;
        }

        if (term is DefaultGraph)
        {
            return false;
        }

        var encoded = _cache.Encode(term);
        Span<byte> target = stackalloc byte[EncodedTerm.Size];
        encoded.WriteTo(target);
        int lo = 0, hi = TermCount;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (new ReadOnlySpan<byte>(_terms + ((long)mid * EncodedTerm.Size), EncodedTerm.Size).SequenceCompareTo(target) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        if (lo < TermCount && new ReadOnlySpan<byte>(_terms + ((long)lo * EncodedTerm.Size), EncodedTerm.Size).SequenceEqual(target))
        {
            id = (uint)lo;
            _ids.TryAdd(term, id);
            return true;
        }

        id = 0;
        return false;
    }

    /// <summary>The rows of the index whose first <paramref name="prefix"/>.Length ids are those given: [start, end).</summary>
    public (long Start, long End) Find(QuadIndex index, ReadOnlySpan<uint> prefix)
    {
        int slot = index.Slot;
        long count = _rowCounts[slot];
        if (prefix.Length == 0)
        {
            return (0, count);
        }

        uint* rows = _rows[slot];
        int width = index.Order.Length;
        long start = LowerBound(rows, width, 0, count, prefix, orEqual: false);
        // Most ranges are short: gallop from the start before the binary search for the end.
        long step = 1, lo = start;
        while (start + step < count && Compare(rows + ((start + step) * width), prefix) == 0)
        {
            lo = start + step;
            step <<= 1;
        }

        long end = LowerBound(rows, width, lo, Math.Min(count, start + step), prefix, orEqual: true);
        return (start, end);
    }

    /// <summary>The rows of one index, for reading ids out of them.</summary>
    public Rows RowsOf(QuadIndex index) => new((nint)_rows[index.Slot], index.Order.Length);

    /// <summary>An index's rows: <see cref="At"/> is the id at a column (a position in the key order) of a row.</summary>
    public readonly struct Rows(nint start, int width)
    {
        public uint At(long row, int column) => ((uint*)start)[(row * width) + column];
    }

    // The first row at or after the prefix (orEqual false) or after every row that starts with it (orEqual true).
    private static long LowerBound(uint* rows, int width, long lo, long hi, ReadOnlySpan<uint> prefix, bool orEqual)
    {
        while (lo < hi)
        {
            long mid = lo + ((hi - lo) >> 1);
            int c = Compare(rows + (mid * width), prefix);
            if (c < 0 || (orEqual && c == 0))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int Compare(uint* row, ReadOnlySpan<uint> prefix)
    {
        for (int i = 0; i < prefix.Length; i++)
        {
            if (row[i] != prefix[i])
            {
                return row[i] < prefix[i] ? -1 : 1;
            }
        }

        return 0;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
            _file.Dispose();
        }
    }

    // Hashes all 17 bytes: the encodings' own hash code folds inline terms' bytes together.
    private sealed class MixedHash : IEqualityComparer<EncodedTerm>
    {
        public static readonly MixedHash Instance = new();

        public bool Equals(EncodedTerm x, EncodedTerm y) => x.Equals(y);

        public int GetHashCode(EncodedTerm term) => HashCode.Combine(term.Type, term.Hi, term.Lo);
    }

    /// <summary>
    /// The ids of the sorted terms, in an open-addressing table that holds each entry in place: a lookup is about one
    /// cache miss, where a dictionary's bucket, entry and comparer took three times as long over millions of rows.
    /// </summary>
    private sealed class TermIds
    {
        private readonly EncodedTerm[] _keys;
        private readonly uint[] _ids;
        private readonly int _mask;

        public TermIds(EncodedTerm[] sorted)
        {
            int capacity = (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)sorted.Length * 2));
            _keys = new EncodedTerm[capacity];
            _ids = new uint[capacity];
            _mask = capacity - 1;
            for (int i = 0; i < sorted.Length; i++)
            {
                int slot = Slot(sorted[i]);
                while (_ids[slot] != 0)
                {
                    slot = (slot + 1) & _mask;
                }

                _keys[slot] = sorted[i];
                _ids[slot] = (uint)i + 1; // 0 marks a free slot
            }
        }

        public uint Of(EncodedTerm term)
        {
            for (int slot = Slot(term); ; slot = (slot + 1) & _mask)
            {
                uint id = _ids[slot];
                if (id == 0)
                {
                    throw new InvalidOperationException("a key holds a term that the scan of the store's terms did not find");
                }

                if (_keys[slot].Equals(term))
                {
                    return id - 1;
                }
            }
        }

        private int Slot(EncodedTerm term) => (int)(((term.Hi * 0x9E3779B97F4A7C15UL) ^ (term.Lo * 0xC2B2AE3D27D4EB4FUL) ^ term.Type) >> 40) & _mask;
    }

    /// <summary>Buffers what is written to the file and adds it to the checksum.</summary>
    private sealed class HashingWriter(FileStream stream, XxHash3 hash)
    {
        private readonly byte[] _buffer = new byte[1 << 20];
        private int _used;

        public void Write(ReadOnlySpan<byte> bytes)
        {
            while (!bytes.IsEmpty)
            {
                int n = Math.Min(bytes.Length, _buffer.Length - _used);
                bytes[..n].CopyTo(_buffer.AsSpan(_used));
                _used += n;
                bytes = bytes[n..];
                if (_used == _buffer.Length)
                {
                    Flush();
                }
            }
        }

        public void Flush()
        {
            hash.Append(_buffer.AsSpan(0, _used));
            stream.Write(_buffer, 0, _used);
            _used = 0;
        }
    }
}
