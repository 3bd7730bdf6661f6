using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cordon.Stix.Model;

/// <summary>
/// JSON Canonicalization Scheme (RFC 8785), which STIX 2.1 prescribes for the name of deterministic SCO identifiers:
/// members sorted by UTF-16 code units, no whitespace, minimal string escaping, ECMAScript number form.
/// </summary>
public static class CanonicalJson
{
    /// <summary>The canonical text of a JSON node.</summary>
    public static string Serialize(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(builder, node);
        return builder.ToString();
    }

    private static void Write(StringBuilder b, JsonNode? node)
    {
        switch (node)
        {
            case null:
                b.Append("null");
                break;
            case JsonObject o:
                b.Append('{');
                var first = true;
                foreach (var (key, value) in o.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        b.Append(',');
                    }

                    first = false;
                    WriteString(b, key);
                    b.Append(':');
                    Write(b, value);
                }

                b.Append('}');
                break;
            case JsonArray a:
                b.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    if (i > 0)
                    {
                        b.Append(',');
                    }

                    Write(b, a[i]);
                }

                b.Append(']');
                break;
            case JsonValue v:
                switch (v.GetValueKind())
                {
                    case JsonValueKind.String:
                        WriteString(b, v.GetValue<string>());
                        break;
                    case JsonValueKind.True:
                        b.Append("true");
                        break;
                    case JsonValueKind.False:
                        b.Append("false");
                        break;
                    case JsonValueKind.Number:
                        b.Append(FormatNumber(v.GetValue<double>()));
                        break;
                    default:
                        b.Append("null");
                        break;
                }

                break;
        }
    }

    private static string FormatNumber(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            throw new ArgumentException("JSON numbers cannot be NaN or infinite");
        }

        if (d == 0)
        {
            return "0";
        }

        if (Math.Abs(d) < 1e21 && d == Math.Floor(d))
        {
            return d.ToString("F0", CultureInfo.InvariantCulture);
        }

        // Shortest round-trip digits, then ECMAScript layout of the exponent.
        var r = d.ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return r;
        }

        var mantissa = r[..e];
        var exponent = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (exponent is >= -6 and < 21)
        {
            return ((decimal)d).ToString(CultureInfo.InvariantCulture);
        }

        return mantissa + "e" + (exponent > 0 ? "+" : "-") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }

    private static void WriteString(StringBuilder b, string s)
    {
        b.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\b': b.Append("\\b"); break;
                case '\f': b.Append("\\f"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        b.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        b.Append(c);
                    }

                    break;
            }
        }

        b.Append('"');
    }
}
