using System.Buffers;

namespace Cordon.Core;

/// <summary>
/// Optimal-string-alignment distance (Levenshtein plus adjacent transposition): the one edit distance of Cordon, for name
/// tokens, vocabulary words and look-alike domains.
/// </summary>
public static class EditDistance
{
    // Rows this long or shorter live on the stack; longer ones (domains, long tokens) are rented.
    private const int StackRow = 128;

    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static int Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Bounded(a, b, Math.Max(a.Length, b.Length));

    /// <summary>The distance, or <paramref name="max"/> + 1 as soon as it must exceed <paramref name="max"/>.</summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var width = b.Length + 1;
        int[]? rented = null;
        var rows = width <= StackRow ? stackalloc int[3 * width] : (rented = ArrayPool<int>.Shared.Rent(3 * width)).AsSpan(0, 3 * width);
        try
        {
            return Bounded(a, b, max, rows[..width], rows.Slice(width, width), rows.Slice(2 * width, width));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    private static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max, Span<int> prev2, Span<int> prev, Span<int> cur)
    {
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }

        return prev[b.Length];
    }
}
