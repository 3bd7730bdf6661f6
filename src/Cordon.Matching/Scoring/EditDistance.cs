namespace Cordon.Matching.Scoring;

/// <summary>Bounded optimal-string-alignment distance (Levenshtein plus adjacent transposition).</summary>
internal static class EditDistance
{
    /// <summary>The distance, or <paramref name="max"/> + 1 as soon as it must exceed <paramref name="max"/>.</summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (a.Length > 62 || b.Length > 62)
        {
            return a.SequenceEqual(b) ? 0 : max + 1;
        }

        Span<int> prev2 = stackalloc int[b.Length + 1];
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
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
