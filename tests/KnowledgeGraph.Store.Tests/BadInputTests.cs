using System.Diagnostics;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store.Rocks;
using KnowledgeGraph.Store.TestHelper;
using Xunit.Abstractions;

namespace KnowledgeGraph.Store.Tests;

/// <summary>Damaged, locked, incompatible and unwritable stores give clear errors and keep existing data.</summary>
public sealed class BadInputTests(ITestOutputHelper output)
{
    [Fact]
    public void A_store_held_by_another_process_is_reported_as_in_use_and_stays_intact()
    {
        using var dir = new TempDirectory();
        string path = dir.Sub("store");
        using (var store = QuadStore.Open(path))
        {
            store.Add(GraphBatches.Quads(3, 10));
        }

        using (var holder = new ChildProcess("hold", path))
        {
            Assert.Equal("open", holder.ReadLine());
            var error = Assert.Throws<StoreLockedException>(() => QuadStore.Open(path));
            Assert.Equal($"store at {Path.GetFullPath(path)} is in use by another process", error.Message);
            Report(error.Message);
            holder.WriteLine("");
            Assert.Equal(0, holder.WaitForExit());
        }

        using var reopened = QuadStore.Open(path);
        Assert.Equal(3, GraphBatches.CheckInvariants(reopened));
    }

    [Fact]
    public void A_second_instance_in_the_same_process_is_refused()
    {
        using var dir = new TempDirectory();
        using var store = QuadStore.Open(dir.Sub("store"));
        var error = Assert.Throws<StoreLockedException>(() => QuadStore.Open(dir.Sub("store")));
        Assert.Contains("already open in this process", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_written_by_another_format_version_does_not_open()
    {
        using var dir = new TempDirectory();
        string path = dir.Sub("store");
        using (var store = QuadStore.Open(path))
        {
            store.Add(GraphBatches.Quads(1, 5));
        }

        var families = new ColumnFamilies();
        var familyOptions = StoreDatabase.FamilyNames.Select(name => (name, new ColumnFamilyOptions())).ToList();
        foreach (var (name, options) in familyOptions)
        {
            families.Add(name, options);
        }

        using (var dbOptions = new DbOptions())
        using (var raw = RocksDb.Open(dbOptions, path, families))
        {
            raw.Put("kg:format-version"u8.ToArray(), "99"u8.ToArray());
        }

        familyOptions.ForEach(f => f.Item2.Dispose());

        var error = Assert.Throws<StorageException>(() => QuadStore.Open(path));
        Assert.Contains("format version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains("reads version 1", error.Message, StringComparison.Ordinal);
        Report(error.Message);
    }

    [Fact]
    public void A_directory_with_other_files_is_not_taken_for_a_store()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Sub("notes.txt"), "hello");
        var error = Assert.Throws<StorageException>(() => QuadStore.Open(dir.Path));
        Assert.Contains("holds no KnowledgeGraph store", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sst-garbled")]
    [InlineData("sst-truncated")]
    [InlineData("current-garbled")]
    [InlineData("manifest-missing")]
    public void A_corrupt_store_file_gives_a_clear_error(string damage)
    {
        using var dir = new TempDirectory();
        string path = dir.Sub("store");
        using (var store = QuadStore.Open(path))
        {
            store.Add(GraphBatches.Quads(50, 40));
            store.Compact();
        }

        Damage(path, damage);
        var error = Record.Exception(() =>
        {
            using var store = QuadStore.Open(path);
            store.Verify();
        });
        Assert.NotNull(error);
        var storage = Assert.IsAssignableFrom<StorageException>(error);
        Assert.Contains(Path.GetFullPath(path), storage.Message, StringComparison.Ordinal);
        Report($"{damage}: {storage.GetType().Name}: {storage.Message}");
    }

    [Fact]
    public void A_full_disk_fails_the_write_and_keeps_the_committed_data()
    {
        using var dir = new TempDirectory();
        string mount = dir.Sub("small");
        Directory.CreateDirectory(mount);
        if (!TryMountTmpfs(mount, "6m"))
        {
            // Without permission to mount, simulate the failing write inside the store.
            SimulatedWriteFailureKeepsData(dir.Sub("store"));
            return;
        }

        try
        {
            string path = Path.Combine(mount, "store");
            long committed = 0;
            StorageException? failure = null;
            using (var store = QuadStore.Open(path, new QuadStoreOptions { WriteBufferBytes = 64L << 20 }))
            {
                for (int i = 0; i < 2000 && failure is null; i++)
                {
                    var quads = GraphBatches.Quads(i + 1, 100).Skip(i * 100).ToList();
                    try
                    {
                        store.Add(quads);
                        committed += quads.Count;
                    }
                    catch (StorageException e)
                    {
                        failure = e;
                    }
                }

                Assert.NotNull(failure);
                Report($"full disk after {committed} quads: {failure!.Message}");
                Assert.Contains(Path.GetFullPath(path), failure.Message, StringComparison.Ordinal);

                // The failed batch left nothing behind, and what was committed is readable.
                Assert.Equal(committed, store.Count);
                Assert.Equal(committed / 100, GraphBatches.CheckInvariants(store));
            }
        }
        finally
        {
            Run("umount", mount);
        }
    }

    private void SimulatedWriteFailureKeepsData(string path)
    {
        using var store = QuadStore.Open(path);
        store.Add(GraphBatches.Quads(2, 10));
        store.Database.FailWritesForTesting = true;
        var error = Assert.Throws<StorageException>(() => store.Add(GraphBatches.Quads(4, 10)));
        Report("simulated write failure: " + error.Message);
        store.Database.FailWritesForTesting = false;
        Assert.Equal(2, GraphBatches.CheckInvariants(store));
    }

    private static void Damage(string path, string damage)
    {
        var sst = Directory.GetFiles(path, "*.sst").OrderByDescending(f => new FileInfo(f).Length).First();
        switch (damage)
        {
            case "sst-garbled":
                {
                    var bytes = File.ReadAllBytes(sst);
                    for (int i = bytes.Length / 4; i < bytes.Length / 2; i++)
                    {
                        bytes[i] ^= 0x5A;
                    }

                    File.WriteAllBytes(sst, bytes);
                    break;
                }

            case "sst-truncated":
                {
                    using var stream = new FileStream(sst, FileMode.Open);
                    stream.SetLength(stream.Length / 3);
                    break;
                }

            case "current-garbled":
                File.WriteAllText(Path.Combine(path, "CURRENT"), "MANIFEST-999999\n");
                break;
            default:
                foreach (var manifest in Directory.GetFiles(path, "MANIFEST-*"))
                {
                    File.Delete(manifest);
                }

                break;
        }
    }

    private static bool TryMountTmpfs(string mount, string size) =>
        OperatingSystem.IsLinux() && Environment.UserName == "root" && Run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mount);

    private static bool Run(string file, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in args)
            {
                start.ArgumentList.Add(a);
            }

            using var p = Process.Start(start)!;
            p.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private void Report(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}
