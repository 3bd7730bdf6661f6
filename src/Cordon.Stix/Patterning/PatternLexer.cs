using System.Text;

namespace Cordon.Stix.Patterning;

internal enum TokenKind
{
    End,
    LeftBracket,
    RightBracket,
    LeftParen,
    RightParen,
    Colon,
    Dot,
    Comma,
    Asterisk,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Identifier,
    String,
    Integer,
    Float,
    Boolean,
    Timestamp,
    Hex,
    Binary,
    And,
    Or,
    Not,
    FollowedBy,
    Like,
    Matches,
    IsSubset,
    IsSuperset,
    Exists,
    In,
    Start,
    Stop,
    Within,
    Repeats,
    Times,
    Seconds,
}

internal readonly record struct Token(TokenKind Kind, string Text, int Position)
{
    public string Describe() => Kind switch
    {
        TokenKind.End => "end of pattern",
        TokenKind.String => $"string '{Text}'",
        TokenKind.Identifier => $"'{Text}'",
        _ => $"'{Text}'",
    };
}

/// <summary>Splits a pattern into tokens (STIX 2.1 patterning grammar, section 9).</summary>
internal static class PatternLexer
{
    private static readonly Dictionary<string, TokenKind> Keywords = new(StringComparer.Ordinal)
    {
        ["AND"] = TokenKind.And,
        ["OR"] = TokenKind.Or,
        ["NOT"] = TokenKind.Not,
        ["FOLLOWEDBY"] = TokenKind.FollowedBy,
        ["LIKE"] = TokenKind.Like,
        ["MATCHES"] = TokenKind.Matches,
        ["ISSUBSET"] = TokenKind.IsSubset,
        ["ISSUPERSET"] = TokenKind.IsSuperset,
        ["EXISTS"] = TokenKind.Exists,
        ["IN"] = TokenKind.In,
        ["START"] = TokenKind.Start,
        ["STOP"] = TokenKind.Stop,
        ["WITHIN"] = TokenKind.Within,
        ["REPEATS"] = TokenKind.Repeats,
        ["TIMES"] = TokenKind.Times,
        ["SECONDS"] = TokenKind.Seconds,
    };

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            switch (c)
            {
                case '[': tokens.Add(new(TokenKind.LeftBracket, "[", i++)); continue;
                case ']': tokens.Add(new(TokenKind.RightBracket, "]", i++)); continue;
                case '(': tokens.Add(new(TokenKind.LeftParen, "(", i++)); continue;
                case ')': tokens.Add(new(TokenKind.RightParen, ")", i++)); continue;
                case ':': tokens.Add(new(TokenKind.Colon, ":", i++)); continue;
                case ',': tokens.Add(new(TokenKind.Comma, ",", i++)); continue;
                case '*': tokens.Add(new(TokenKind.Asterisk, "*", i++)); continue;
                case '=':
                    i += i + 1 < text.Length && text[i + 1] == '=' ? 2 : 1;
                    tokens.Add(new(TokenKind.Equal, text[start..i], start));
                    continue;
                case '!':
                    if (i + 1 < text.Length && text[i + 1] == '=')
                    {
                        tokens.Add(new(TokenKind.NotEqual, "!=", i));
                        i += 2;
                        continue;
                    }

                    throw new PatternSyntaxException(i, "'!=' or another operator", "'!'");
                case '<':
                    if (i + 1 < text.Length && text[i + 1] == '>')
                    {
                        tokens.Add(new(TokenKind.NotEqual, "<>", i));
                        i += 2;
                    }
                    else if (i + 1 < text.Length && text[i + 1] == '=')
                    {
                        tokens.Add(new(TokenKind.LessOrEqual, "<=", i));
                        i += 2;
                    }
                    else
                    {
                        tokens.Add(new(TokenKind.Less, "<", i++));
                    }

                    continue;
                case '>':
                    if (i + 1 < text.Length && text[i + 1] == '=')
                    {
                        tokens.Add(new(TokenKind.GreaterOrEqual, ">=", i));
                        i += 2;
                    }
                    else
                    {
                        tokens.Add(new(TokenKind.Greater, ">", i++));
                    }

                    continue;
                case '\'':
                    tokens.Add(new(TokenKind.String, ReadQuoted(text, ref i, allowEscapes: true), start));
                    continue;
            }

            if ((c is 'h' or 'b' or 't') && i + 1 < text.Length && text[i + 1] == '\'')
            {
                i++;
                var body = ReadQuoted(text, ref i, allowEscapes: false);
                tokens.Add(c switch
                {
                    'h' => new Token(TokenKind.Hex, CheckHex(body, start), start),
                    'b' => new Token(TokenKind.Binary, CheckBase64(body, start), start),
                    _ => new Token(TokenKind.Timestamp, CheckTimestamp(body, start), start),
                });
                continue;
            }

            if (char.IsAsciiDigit(c) || ((c is '-' or '+' or '.') && i + 1 < text.Length && (char.IsAsciiDigit(text[i + 1]) || text[i + 1] == '.')))
            {
                tokens.Add(ReadNumber(text, ref i));
                continue;
            }

            if (c == '.')
            {
                tokens.Add(new(TokenKind.Dot, ".", i++));
                continue;
            }

            if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-'))
                {
                    i++;
                }

                var word = text[start..i];
                if (Keywords.TryGetValue(word, out var keyword))
                {
                    tokens.Add(new(keyword, word, start));
                }
                else if (word.Equals("true", StringComparison.OrdinalIgnoreCase) || word.Equals("false", StringComparison.OrdinalIgnoreCase))
                {
                    tokens.Add(new(TokenKind.Boolean, word.ToLowerInvariant(), start));
                }
                else
                {
                    tokens.Add(new(TokenKind.Identifier, word, start));
                }

                continue;
            }

            throw new PatternSyntaxException(i, "an operator, constant, object path, bracket or parenthesis", $"'{c}'");
        }

        tokens.Add(new(TokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    private static string ReadQuoted(string text, ref int i, bool allowEscapes)
    {
        var open = i;
        i++;
        var value = new StringBuilder();
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\'')
            {
                i++;
                return value.ToString();
            }

            if (c == '\\' && allowEscapes)
            {
                if (i + 1 < text.Length && text[i + 1] is '\'' or '\\')
                {
                    value.Append(text[i + 1]);
                    i += 2;
                    continue;
                }

                throw new PatternSyntaxException(i, "an escape \\' or \\\\ (the only escapes STIX strings allow)", i + 1 < text.Length ? $"'\\{text[i + 1]}'" : "end of pattern");
            }

            value.Append(c);
            i++;
        }

        throw new PatternSyntaxException(open, "a closing quote for the constant starting here", "end of pattern");
    }

    private static Token ReadNumber(string text, ref int i)
    {
        var start = i;
        if (text[i] is '-' or '+')
        {
            i++;
        }

        var digitsBefore = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
            digitsBefore++;
        }

        var isFloat = false;
        if (i < text.Length && text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
        {
            isFloat = true;
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        var number = text[start..i];
        if (!isFloat && digitsBefore == 0)
        {
            throw new PatternSyntaxException(start, "a number", $"'{number}'");
        }

        if (!isFloat && digitsBefore > 1 && number.TrimStart('-', '+')[0] == '0')
        {
            throw new PatternSyntaxException(start, "an integer without leading zeros", $"'{number}'");
        }

        if (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] == '_'))
        {
            throw new PatternSyntaxException(i, "a separator after the number", $"'{text[i]}'");
        }

        return new Token(isFloat ? TokenKind.Float : TokenKind.Integer, number.TrimStart('+'), start);
    }

    private static string CheckHex(string body, int position)
    {
        if (body.Length % 2 != 0 || !body.All(char.IsAsciiHexDigit))
        {
            throw new PatternSyntaxException(position, "an even number of hexadecimal digits in h'…'", $"h'{body}'");
        }

        return body;
    }

    private static string CheckBase64(string body, int position)
    {
        var valid = body.Length % 4 == 0 && body.TrimEnd('=').All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/')
            && body.Length - body.TrimEnd('=').Length <= 2;
        if (!valid)
        {
            throw new PatternSyntaxException(position, "base64 (RFC 4648) in b'…'", $"b'{body}'");
        }

        return body;
    }

    private static string CheckTimestamp(string body, int position)
    {
        if (!Model.StixTimestamp.TryParse(body, out _, out var problem))
        {
            throw new PatternSyntaxException(position, "a timestamp t'YYYY-MM-DDTHH:MM:SS[.s+]Z'", $"t'{body}' ({problem})");
        }

        return body;
    }
}
