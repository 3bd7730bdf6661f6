using System.Globalization;
using System.Text;

// The syntax tree is a family of small records that read best together, so they share this file.
namespace Cordon.Stix.Patterning;

/// <summary>The kind of a pattern constant (STIX 2.1 section 9.2).</summary>
public enum PatternLiteralKind
{
    /// <summary>A quoted string, <c>'text'</c>.</summary>
    QuotedString,

    /// <summary>An integer.</summary>
    WholeNumber,

    /// <summary>A floating-point number.</summary>
    DecimalNumber,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A timestamp, <c>t'2016-01-01T00:00:00Z'</c>.</summary>
    Timestamp,

    /// <summary>Hexadecimal bytes, <c>h'ff00'</c>.</summary>
    Hex,

    /// <summary>Base64 bytes, <c>b'AAEC'</c>.</summary>
    Binary,
}

/// <summary>A constant in a pattern.</summary>
/// <param name="Kind">The kind of constant.</param>
/// <param name="Text">The value as text: the unescaped string, the number, the timestamp, the hex or base64 digits.</param>
/// <param name="Position">Offset of the constant in the pattern.</param>
public sealed record PatternLiteral(PatternLiteralKind Kind, string Text, int Position)
{
    /// <summary>The numeric value of an integer or float constant.</summary>
    public double Number => double.Parse(Text, CultureInfo.InvariantCulture);

    /// <summary>The bytes of a hex or binary constant.</summary>
    public byte[] Bytes => Kind switch
    {
        PatternLiteralKind.Hex => Convert.FromHexString(Text),
        PatternLiteralKind.Binary => Convert.FromBase64String(Text),
        _ => Encoding.UTF8.GetBytes(Text),
    };

    /// <summary>The constant written back in pattern syntax.</summary>
    public override string ToString() => Kind switch
    {
        PatternLiteralKind.QuotedString => "'" + Text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'",
        PatternLiteralKind.Timestamp => "t'" + Text + "'",
        PatternLiteralKind.Hex => "h'" + Text + "'",
        PatternLiteralKind.Binary => "b'" + Text + "'",
        _ => Text,
    };
}

/// <summary>One step of an object path after the first property: a property, a list index or every list entry.</summary>
/// <param name="Property">The property name, or null for an index step.</param>
/// <param name="Index">The list index for an index step (null for <c>[*]</c> or a property step).</param>
/// <param name="AnyIndex">True for <c>[*]</c>.</param>
public sealed record PathStep(string? Property, int? Index, bool AnyIndex)
{
    /// <summary>The step written back in pattern syntax.</summary>
    public override string ToString() =>
        Property is not null ? (IsPlainName(Property) ? Property : "'" + Property.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'")
        : AnyIndex ? "[*]" : "[" + Index!.Value.ToString(CultureInfo.InvariantCulture) + "]";

    internal static bool IsPlainName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}

/// <summary>An object path such as <c>file:hashes.'SHA-256'</c> or <c>email-message:to_refs[*].value</c>.</summary>
/// <param name="ObjectType">The SCO type before the colon.</param>
/// <param name="Steps">The property and index steps; the first is always a property.</param>
public sealed record ObjectPath(string ObjectType, IReadOnlyList<PathStep> Steps)
{
    /// <summary>The path after the colon, in a canonical text form (used as an index key).</summary>
    public string PropertyPath
    {
        get
        {
            var b = new StringBuilder();
            for (var i = 0; i < Steps.Count; i++)
            {
                if (i > 0 && Steps[i].Property is not null)
                {
                    b.Append('.');
                }

                b.Append(Steps[i]);
            }

            return b.ToString();
        }
    }

    /// <summary>The path written back in pattern syntax.</summary>
    public override string ToString() => ObjectType + ":" + PropertyPath;
}

/// <summary>A comparison operator.</summary>
public enum ComparisonOperator
{
    /// <summary><c>=</c></summary>
    Equal,

    /// <summary><c>!=</c></summary>
    NotEqual,

    /// <summary><c>&gt;</c></summary>
    GreaterThan,

    /// <summary><c>&lt;</c></summary>
    LessThan,

    /// <summary><c>&gt;=</c></summary>
    GreaterThanOrEqual,

    /// <summary><c>&lt;=</c></summary>
    LessThanOrEqual,

    /// <summary><c>IN ( ... )</c></summary>
    In,

    /// <summary><c>LIKE</c> (SQL LIKE: <c>%</c> any run, <c>_</c> one character).</summary>
    Like,

    /// <summary><c>MATCHES</c> (regular expression).</summary>
    Matches,

    /// <summary><c>ISSUBSET</c> (the property's address or CIDR lies inside the constant's CIDR).</summary>
    IsSubset,

    /// <summary><c>ISSUPERSET</c> (the property's CIDR contains the constant's address or CIDR).</summary>
    IsSuperset,
}

/// <summary>A boolean expression inside one observation's square brackets.</summary>
public abstract record ComparisonExpression
{
    /// <summary>Nesting depth of the expression tree (for limits and diagnostics).</summary>
    public abstract int Depth { get; }
}

/// <summary><c>left AND right</c> inside square brackets.</summary>
/// <param name="Left">Left operand.</param>
/// <param name="Right">Right operand.</param>
public sealed record ComparisonAnd(ComparisonExpression Left, ComparisonExpression Right) : ComparisonExpression
{
    /// <inheritdoc/>
    public override int Depth => 1 + Math.Max(Left.Depth, Right.Depth);

    /// <inheritdoc/>
    public override string ToString() => $"({Left} AND {Right})";
}

/// <summary><c>left OR right</c> inside square brackets.</summary>
/// <param name="Left">Left operand.</param>
/// <param name="Right">Right operand.</param>
public sealed record ComparisonOr(ComparisonExpression Left, ComparisonExpression Right) : ComparisonExpression
{
    /// <inheritdoc/>
    public override int Depth => 1 + Math.Max(Left.Depth, Right.Depth);

    /// <inheritdoc/>
    public override string ToString() => $"({Left} OR {Right})";
}

/// <summary>A property test, <c>path [NOT] op constant</c>.</summary>
/// <param name="Path">The object path.</param>
/// <param name="Operator">The operator.</param>
/// <param name="Negated">Whether <c>NOT</c> precedes the operator.</param>
/// <param name="Values">The constant (one, or the members of an <c>IN</c> set).</param>
public sealed record PropertyTest(ObjectPath Path, ComparisonOperator Operator, bool Negated, IReadOnlyList<PatternLiteral> Values) : ComparisonExpression
{
    /// <inheritdoc/>
    public override int Depth => 1;

    /// <summary>The single constant (the first of an <c>IN</c> set).</summary>
    public PatternLiteral Value => Values[0];

    /// <inheritdoc/>
    public override string ToString()
    {
        var op = Operator switch
        {
            ComparisonOperator.Equal => "=",
            ComparisonOperator.NotEqual => "!=",
            ComparisonOperator.GreaterThan => ">",
            ComparisonOperator.LessThan => "<",
            ComparisonOperator.GreaterThanOrEqual => ">=",
            ComparisonOperator.LessThanOrEqual => "<=",
            ComparisonOperator.In => "IN",
            ComparisonOperator.Like => "LIKE",
            ComparisonOperator.Matches => "MATCHES",
            ComparisonOperator.IsSubset => "ISSUBSET",
            _ => "ISSUPERSET",
        };
        var value = Operator == ComparisonOperator.In ? "(" + string.Join(", ", Values) + ")" : Value.ToString();
        return $"{Path} {(Negated ? "NOT " : string.Empty)}{op} {value}";
    }
}

/// <summary><c>EXISTS path</c>.</summary>
/// <param name="Path">The object path that must resolve to a value.</param>
public sealed record ExistsTest(ObjectPath Path) : ComparisonExpression
{
    /// <inheritdoc/>
    public override int Depth => 1;

    /// <inheritdoc/>
    public override string ToString() => $"EXISTS {Path}";
}

/// <summary>An expression over observations.</summary>
public abstract record ObservationExpression
{
    /// <summary>Nesting depth of the expression tree.</summary>
    public abstract int Depth { get; }
}

/// <summary><c>[ comparison ]</c>: one observation satisfying a comparison expression.</summary>
/// <param name="Comparison">The comparison expression.</param>
public sealed record ObservationComparison(ComparisonExpression Comparison) : ObservationExpression
{
    /// <inheritdoc/>
    public override int Depth => 1 + Comparison.Depth;

    /// <inheritdoc/>
    public override string ToString() => $"[{Comparison}]";
}

/// <summary>The binary observation operators.</summary>
public enum ObservationOperator
{
    /// <summary><c>AND</c>: both sides, on different observations.</summary>
    And,

    /// <summary><c>OR</c>: either side.</summary>
    Or,

    /// <summary><c>FOLLOWEDBY</c>: the right side observed after the left side.</summary>
    FollowedBy,
}

/// <summary><c>left AND|OR|FOLLOWEDBY right</c> over observations.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Left">Left operand.</param>
/// <param name="Right">Right operand.</param>
public sealed record ObservationBinary(ObservationOperator Operator, ObservationExpression Left, ObservationExpression Right) : ObservationExpression
{
    /// <inheritdoc/>
    public override int Depth => 1 + Math.Max(Left.Depth, Right.Depth);

    /// <inheritdoc/>
    public override string ToString() => $"({Left} {(Operator == ObservationOperator.FollowedBy ? "FOLLOWEDBY" : Operator.ToString().ToUpperInvariant())} {Right})";
}

/// <summary><c>expr WITHIN n SECONDS</c>: all observations of a match within a time span.</summary>
/// <param name="Inner">The qualified expression.</param>
/// <param name="Seconds">The span in seconds.</param>
public sealed record WithinQualifier(ObservationExpression Inner, double Seconds) : ObservationExpression
{
    /// <inheritdoc/>
    public override int Depth => 1 + Inner.Depth;

    /// <inheritdoc/>
    public override string ToString() => $"{Inner} WITHIN {Seconds.ToString(CultureInfo.InvariantCulture)} SECONDS";
}

/// <summary><c>expr REPEATS n TIMES</c>: the expression matched by n distinct sets of observations.</summary>
/// <param name="Inner">The qualified expression.</param>
/// <param name="Count">How many times.</param>
public sealed record RepeatsQualifier(ObservationExpression Inner, int Count) : ObservationExpression
{
    /// <inheritdoc/>
    public override int Depth => 1 + Inner.Depth;

    /// <inheritdoc/>
    public override string ToString() => $"{Inner} REPEATS {Count.ToString(CultureInfo.InvariantCulture)} TIMES";
}

/// <summary><c>expr START t'…' STOP t'…'</c>: observations between two instants (start inclusive, stop exclusive).</summary>
/// <param name="Inner">The qualified expression.</param>
/// <param name="Start">The start instant.</param>
/// <param name="Stop">The stop instant.</param>
public sealed record StartStopQualifier(ObservationExpression Inner, DateTimeOffset Start, DateTimeOffset Stop) : ObservationExpression
{
    /// <inheritdoc/>
    public override int Depth => 1 + Inner.Depth;

    /// <inheritdoc/>
    public override string ToString() => $"{Inner} START t'{Model.StixTimestamp.FormatMilliseconds(Start)}' STOP t'{Model.StixTimestamp.FormatMilliseconds(Stop)}'";
}
