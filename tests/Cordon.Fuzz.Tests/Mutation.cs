using System.Text;
using CsCheck;

namespace Cordon.Fuzz.Tests;

/// <summary>
/// Mutations of real input files, as generators: a few edits each (flip, insert, delete, duplicate, truncate, splice in a token
/// that parsers treat specially). CsCheck shrinks a failing case to its fewest, smallest edits and prints the seed to replay it.
/// </summary>
internal static class Mutation
{
    /// <summary>Tokens that make parsers take their rare paths.</summary>
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "\"", ",", "\n", "\r\n", "\t", "<", ">", "&", "&amp;", "&#0;", "&#xD800;", "]]>", "<![CDATA[", "<!--", "/>", "</", "='", "xmlns=\"x\"",
            "<!DOCTYPE x [<!ENTITY a \"b\">]>", "\0", "\u00EF\u00BB\u00BF", "-1", "0", "99999999999999999999", "1e309", "NaN", "1900-13-45", "31/02/2020", "Feb 30 1999",
            "{", "}", "[", "]", ":", "null", "true", "\\", "\\u0000", "\\ud800", "'", "(", ")", "AND", "OR", "FOLLOWEDBY", "REPEATS", "WITHIN", "SECONDS", "MATCHES", "LIKE", "ISSUBSET", "IN",
            "t'2020-01-01T00:00:00Z'", "b'AAAA'", "h'ff'", "\u202E", "\uFFFD", "ﷺ", "김정은",
        }.Select(Encoding.UTF8.GetBytes),
        Encoding.UTF8.GetBytes(new string('A', 5000)),
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("[", 300))),
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<a>", 300))),
        [0xFF, 0xFE],
        [0xC3],
        [0xED, 0xA0, 0x80],
    ];

    /// <summary>One edit: what, where (a fraction of the length), how much, with which bytes.</summary>
    internal sealed record Edit(int Kind, double Where, int Length, byte[] Bytes, int Token)
    {
        public override string ToString() => $"{Kind}@{Where:0.0000}x{Length} token {Token} bytes {Convert.ToHexString(Bytes)}";
    }

    public static Gen<Edit[]> Edits(int most = 6) =>
        Gen.Select(Gen.Int[0, 6], Gen.Double[0, 1], Gen.Int[1, 64], Gen.Byte.Array[1, 8], Gen.Int[0, Tokens.Length - 1], (k, w, l, b, t) => new Edit(k, w, l, b, t))
            .Array[1, most];

    public static byte[] Apply(byte[] seed, Edit[] edits)
    {
        var data = new List<byte>(seed);
        foreach (var edit in edits)
        {
            var at = Math.Min(data.Count, (int)(edit.Where * data.Count));
            var length = Math.Min(edit.Length, data.Count - at);
            switch (edit.Kind)
            {
                case 0 when at < data.Count:
                    data[at] ^= edit.Bytes[0] == 0 ? (byte)1 : edit.Bytes[0];
                    break;
                case 1:
                    data.InsertRange(at, edit.Bytes);
                    break;
                case 2:
                    data.RemoveRange(at, length);
                    break;
                case 3:
                    data.InsertRange(at, data.GetRange(at, length));
                    break;
                case 4 when edit.Where > 0.5:
                    data.RemoveRange(at, data.Count - at);
                    break;
                default:
                    data.InsertRange(at, Tokens[edit.Token]);
                    break;
            }
        }

        return [.. data];
    }

    /// <summary>The first <paramref name="lines"/> lines of a text file (a small seed keeps each case fast).</summary>
    public static byte[] Head(string path, int lines) =>
        Encoding.UTF8.GetBytes(string.Join('\n', File.ReadLines(path).Take(lines)) + "\n");

    /// <summary>Iterations per target: <c>CORDON_FUZZ_ITERATIONS</c> times the target's weight (default 1), for long runs by hand.</summary>
    public static long Iterations(int basic) =>
        basic * (long.TryParse(Environment.GetEnvironmentVariable("CORDON_FUZZ_SCALE"), out var scale) && scale > 0 ? scale : 1);
}
