using System.Runtime.InteropServices;

namespace KnowledgeGraph.Store.Rocks;

/// <summary>
/// An open RocksDB database with its column families. Dispose it last: after its iterators, snapshots and
/// checkpoints. Disposing frees the column family handles, then closes the database.
/// </summary>
internal sealed unsafe class RocksDb : IDisposable
{
    // Used when a call passes no options; never freed (they live as long as the process).
    private static readonly ReadOptions DefaultReadOptions = new();
    private static readonly WriteOptions DefaultWriteOptions = new();

    private readonly Dictionary<string, ColumnFamilyHandle> _families;
    private nint _handle;

    private RocksDb(nint handle, Dictionary<string, ColumnFamilyHandle> families)
    {
        _handle = handle;
        _families = families;
    }

    public nint Handle => _handle != 0 ? _handle : throw new ObjectDisposedException(nameof(RocksDb));

    /// <summary>Opens the database for reading and writing with all of its column families.</summary>
    public static RocksDb Open(DbOptions options, string path, ColumnFamilies families) =>
        OpenFamilies(families, (names, familyOptions, handles, count, error) =>
        {
            fixed (byte* p = NativeStrings.Utf8(path))
            {
                return NativeMethods.rocksdb_open_column_families(options.Handle, p, count, names, familyOptions, handles, error);
            }
        });

    /// <summary>
    /// Opens a secondary instance: it takes no lock and follows the primary's files, keeping its own state in
    /// <paramref name="secondaryPath"/>.
    /// </summary>
    public static RocksDb OpenAsSecondary(DbOptions options, string path, string secondaryPath, ColumnFamilies families) =>
        OpenFamilies(families, (names, familyOptions, handles, count, error) =>
        {
            fixed (byte* p = NativeStrings.Utf8(path))
            fixed (byte* s = NativeStrings.Utf8(secondaryPath))
            {
                return NativeMethods.rocksdb_open_as_secondary_column_families(options.Handle, p, s, count, names, familyOptions, handles, error);
            }
        });

    private delegate nint OpenCall(byte** names, nint* options, nint* handles, int count, nint* error);

    private static RocksDb OpenFamilies(ColumnFamilies families, OpenCall open)
    {
        var list = families.Families.Select(f => (f.Name, Options: (OptionsHandle)f.Options)).ToList();
        using var defaultOptions = list.Any(f => f.Name == ColumnFamilies.DefaultName) ? null : new ColumnFamilyOptions();
        if (defaultOptions is not null)
        {
            list.Insert(0, (ColumnFamilies.DefaultName, defaultOptions));
        }

        int count = list.Count;
        using var names = new NativeStrings([.. list.Select(f => f.Name)]);
        var optionHandles = list.Select(f => f.Options.Handle).ToArray();
        var handles = new nint[count];
        nint error = 0;
        nint db;
        fixed (nint* o = optionHandles)
        fixed (nint* h = handles)
        {
            db = open(names.Pointers, o, h, count, &error);
        }

        RocksDbException.ThrowIf(error);
        var map = new Dictionary<string, ColumnFamilyHandle>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            map[list[i].Name] = new ColumnFamilyHandle(list[i].Name, handles[i]);
        }

        return new RocksDb(db, map);
    }

    /// <summary>The column families of the database at <paramref name="path"/>; false when it cannot be read.</summary>
    public static bool TryListColumnFamilies(DbOptions options, string path, out string[] names)
    {
        nuint count = 0;
        nint error = 0;
        byte** list;
        fixed (byte* p = NativeStrings.Utf8(path))
        {
            list = NativeMethods.rocksdb_list_column_families(options.Handle, p, &count, &error);
        }

        if (error != 0)
        {
            NativeMethods.rocksdb_free((void*)error);
            names = [];
            return false;
        }

        names = new string[(int)count];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = Marshal.PtrToStringUTF8((nint)list[i]) ?? "";
        }

        NativeMethods.rocksdb_list_column_families_destroy(list, count);
        return true;
    }

    public ColumnFamilyHandle GetColumnFamily(string name) => _families[name];

    public ColumnFamilyHandle GetDefaultColumnFamily() => _families[ColumnFamilies.DefaultName];

    /// <summary>The value of <paramref name="key"/>, or null when there is none.</summary>
    public byte[]? Get(ReadOnlySpan<byte> key, ColumnFamilyHandle family, ReadOptions? readOptions = null)
    {
        nint slice = GetPinned(key, family, readOptions);
        if (slice == 0)
        {
            return null;
        }

        try
        {
            nuint length;
            byte* value = NativeMethods.rocksdb_pinnableslice_value(slice, &length);
            return new ReadOnlySpan<byte>(value, checked((int)length)).ToArray();
        }
        finally
        {
            NativeMethods.rocksdb_pinnableslice_destroy(slice);
        }
    }

    public bool HasKey(ReadOnlySpan<byte> key, ColumnFamilyHandle family, ReadOptions? readOptions = null)
    {
        nint slice = GetPinned(key, family, readOptions);
        if (slice == 0)
        {
            return false;
        }

        NativeMethods.rocksdb_pinnableslice_destroy(slice);
        return true;
    }

    // A pinned read hands the value out without copying it into a malloc'd buffer, and tells an empty value from a
    // missing one (null only when the key is not there).
    private nint GetPinned(ReadOnlySpan<byte> key, ColumnFamilyHandle family, ReadOptions? readOptions)
    {
        PerfCounters.TurnOffOnThisThread();
        nint error = 0;
        nint slice;
        fixed (byte* k = key)
        {
            slice = NativeMethods.rocksdb_get_pinned_cf(Handle, (readOptions ?? DefaultReadOptions).Handle, family.Handle, k, (nuint)key.Length, &error);
        }

        RocksDbException.ThrowIf(error);
        return slice;
    }

    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value, ColumnFamilyHandle? family = null, WriteOptions? writeOptions = null)
    {
        nint error = 0;
        fixed (byte* k = key)
        fixed (byte* v = value)
        {
            NativeMethods.rocksdb_put_cf(Handle, (writeOptions ?? DefaultWriteOptions).Handle, (family ?? GetDefaultColumnFamily()).Handle, k, (nuint)key.Length, v, (nuint)value.Length, &error);
        }

        RocksDbException.ThrowIf(error);
    }

    public void Remove(ReadOnlySpan<byte> key, ColumnFamilyHandle family, WriteOptions? writeOptions = null)
    {
        nint error = 0;
        fixed (byte* k = key)
        {
            NativeMethods.rocksdb_delete_cf(Handle, (writeOptions ?? DefaultWriteOptions).Handle, family.Handle, k, (nuint)key.Length, &error);
        }

        RocksDbException.ThrowIf(error);
    }

    public void Write(WriteBatch batch, WriteOptions? writeOptions = null)
    {
        nint error = 0;
        NativeMethods.rocksdb_write(Handle, (writeOptions ?? DefaultWriteOptions).Handle, batch.Handle, &error);
        RocksDbException.ThrowIf(error);
    }

    /// <summary>An iterator over one column family; it copies <paramref name="readOptions"/>.</summary>
    public Iterator NewIterator(ColumnFamilyHandle family, ReadOptions? readOptions = null) =>
        new(NativeMethods.rocksdb_create_iterator_cf(Handle, (readOptions ?? DefaultReadOptions).Handle, family.Handle));

    public Snapshot CreateSnapshot() => new(Handle, NativeMethods.rocksdb_create_snapshot(Handle));

    /// <summary>The sequence number of the latest write (every write batch moves it on).</summary>
    public ulong LatestSequenceNumber => NativeMethods.rocksdb_get_latest_sequence_number(Handle);

    public Checkpoint Checkpoint()
    {
        nint error = 0;
        nint checkpoint = NativeMethods.rocksdb_checkpoint_object_create(Handle, &error);
        RocksDbException.ThrowIf(error);
        return new Checkpoint(checkpoint);
    }

    /// <summary>Compacts the keys from <paramref name="start"/> to <paramref name="limit"/> (null: unbounded).</summary>
    public void CompactRange(byte[]? start, byte[]? limit, ColumnFamilyHandle family)
    {
        fixed (byte* s = start)
        fixed (byte* l = limit)
        {
            NativeMethods.rocksdb_compact_range_cf(Handle, family.Handle, s, (nuint)(start?.Length ?? 0), l, (nuint)(limit?.Length ?? 0));
        }
    }

    /// <summary>A property of a column family (like "rocksdb.estimate-num-keys"), or null when it has none.</summary>
    public string? GetProperty(string name, ColumnFamilyHandle family)
    {
        byte* value;
        fixed (byte* n = NativeStrings.Utf8(name))
        {
            value = NativeMethods.rocksdb_property_value_cf(Handle, family.Handle, n);
        }

        if (value is null)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8((nint)value);
        }
        finally
        {
            NativeMethods.rocksdb_free(value);
        }
    }

    /// <summary>Ingests table files into one column family (atomically for that family).</summary>
    public void IngestExternalFiles(string[] files, IngestExternalFileOptions options, ColumnFamilyHandle family)
    {
        using var paths = new NativeStrings(files);
        nint error = 0;
        NativeMethods.rocksdb_ingest_external_file_cf(Handle, family.Handle, paths.Pointers, (nuint)paths.Count, options.Handle, &error);
        RocksDbException.ThrowIf(error);
    }

    /// <summary>Makes a secondary instance catch up with what the primary wrote since.</summary>
    public void TryCatchUpWithPrimary()
    {
        nint error = 0;
        NativeMethods.rocksdb_try_catch_up_with_primary(Handle, &error);
        RocksDbException.ThrowIf(error);
    }

    /// <summary>Stops flushes and compactions (waiting for running ones when <paramref name="wait"/>), before closing.</summary>
    public void CancelAllBackgroundWork(bool wait) => NativeMethods.rocksdb_cancel_all_background_work(Handle, NativeMethods.Flag(wait));

    public void Dispose()
    {
        if (_handle == 0)
        {
            return;
        }

        foreach (var family in _families.Values)
        {
            NativeMethods.rocksdb_column_family_handle_destroy(family.Handle);
        }

        _families.Clear();
        NativeMethods.rocksdb_close(_handle);
        _handle = 0;
    }
}
