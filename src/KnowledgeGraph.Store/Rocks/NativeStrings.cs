using System.Runtime.InteropServices;

namespace KnowledgeGraph.Store.Rocks;

/// <summary>
/// Null-terminated UTF-8 copies of strings in native memory (C <c>const char*</c> and <c>const char* const*</c>
/// arguments), freed on dispose.
/// </summary>
internal sealed unsafe class NativeStrings : IDisposable
{
    private byte** _pointers;
    private readonly int _count;

    public NativeStrings(IReadOnlyList<string> values)
    {
        _count = values.Count;
        _pointers = (byte**)NativeMemory.AllocZeroed((nuint)Math.Max(1, _count), (nuint)sizeof(byte*));
        for (int i = 0; i < _count; i++)
        {
            _pointers[i] = (byte*)Marshal.StringToCoTaskMemUTF8(values[i]);
        }
    }

    /// <summary>The array of strings (<c>char**</c>).</summary>
    public byte** Pointers => _pointers;

    public int Count => _count;

    public byte* this[int index] => _pointers[index];

    /// <summary>A string as a null-terminated UTF-8 byte array, to be pinned with <c>fixed</c> for one call.</summary>
    public static byte[] Utf8(string value)
    {
        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(value) + 1];
        System.Text.Encoding.UTF8.GetBytes(value, bytes);
        return bytes;
    }

    public void Dispose()
    {
        if (_pointers is null)
        {
            return;
        }

        for (int i = 0; i < _count; i++)
        {
            Marshal.FreeCoTaskMem((nint)_pointers[i]);
        }

        NativeMemory.Free(_pointers);
        _pointers = null;
    }
}
