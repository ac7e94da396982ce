namespace KnowledgeGraph.Store;

/// <summary>Byte-string helpers for key ranges.</summary>
internal static class KeyRange
{
    /// <summary>Turns a prefix into the smallest key greater than every key with that prefix; false if none exists.</summary>
    public static bool Increment(byte[] prefix)
    {
        for (int i = prefix.Length - 1; i >= 0; i--)
        {
            if (prefix[i] != 0xFF)
            {
                prefix[i]++;
                return true;
            }

            prefix[i] = 0;
        }

        return false;
    }
}
