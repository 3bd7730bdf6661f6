namespace Cordon.Risk;

/// <summary>Limits that protect the reader from huge inputs; a record beyond them is rejected with a clear error.</summary>
public static class ReaderLimits
{
    /// <summary>Largest accepted record, in UTF-16 characters of JSON text (1 MiB).</summary>
    public const int MaxRecordChars = 1 << 20;

    /// <summary>Largest accepted array anywhere in a record (sessions, payment methods, …).</summary>
    public const int MaxArrayLength = 5_000;

    /// <summary>Deepest accepted nesting of JSON objects and arrays.</summary>
    public const int MaxDepth = 32;

    /// <summary>Longest accepted string value, in characters (the résumé is the longest expected field).</summary>
    public const int MaxStringLength = 200_000;
}
