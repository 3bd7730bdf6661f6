using System.Globalization;

namespace Cordon.Stix.Patterning;

/// <summary>
/// Recursive-descent parser for the STIX 2.1 patterning grammar (section 9 and its ANTLR grammar). Precedence, from
/// loosest: FOLLOWEDBY, OR, AND over observations; qualifiers bind to the observation expression before them; inside
/// square brackets OR is looser than AND.
/// </summary>
internal sealed class PatternParser
{
    private readonly List<Token> tokens;
    private readonly PatternLimits limits;
    private int index;
    private int depth;
    private int operators;

    private PatternParser(List<Token> tokens, PatternLimits limits)
    {
        this.tokens = tokens;
        this.limits = limits;
    }

    private Token Current => tokens[index];

    public static ObservationExpression Parse(string text, PatternLimits limits)
    {
        if (text.Length > limits.MaxLength)
        {
            throw new PatternSyntaxException(limits.MaxLength, $"a pattern of at most {limits.MaxLength:N0} characters", $"{text.Length:N0} characters");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new PatternSyntaxException(0, "an observation expression such as [type:property = 'value']", "an empty pattern");
        }

        var parser = new PatternParser(PatternLexer.Tokenize(text), limits);
        var result = parser.ParseFollowedBy();
        if (parser.Current.Kind != TokenKind.End)
        {
            throw new PatternSyntaxException(parser.Current.Position, "AND, OR, FOLLOWEDBY, a qualifier or the end of the pattern", parser.Current.Describe());
        }

        return result;
    }

    private void Enter()
    {
        if (++depth > limits.MaxDepth)
        {
            throw new PatternSyntaxException(Current.Position, $"the pattern nests deeper than the limit of {limits.MaxDepth}");
        }
    }

    private void Leave() => depth--;

    // Chains of AND/OR/FOLLOWEDBY nest the tree without parentheses; bound them too, as evaluation recurses over the tree.
    private void CountOperator()
    {
        if (++operators > limits.MaxOperators)
        {
            throw new PatternSyntaxException(tokens[index - 1].Position, $"the pattern has more than the limit of {limits.MaxOperators} AND/OR/FOLLOWEDBY operators");
        }
    }

    private Token Expect(TokenKind kind, string expected)
    {
        if (Current.Kind != kind)
        {
            throw new PatternSyntaxException(Current.Position, expected, Current.Describe());
        }

        return tokens[index++];
    }

    private bool Accept(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        index++;
        return true;
    }

    private ObservationExpression ParseFollowedBy()
    {
        var left = ParseObservationOr();
        while (Accept(TokenKind.FollowedBy))
        {
            CountOperator();
            left = new ObservationBinary(ObservationOperator.FollowedBy, left, ParseObservationOr());
        }

        return left;
    }

    private ObservationExpression ParseObservationOr()
    {
        var left = ParseObservationAnd();
        while (Accept(TokenKind.Or))
        {
            CountOperator();
            left = new ObservationBinary(ObservationOperator.Or, left, ParseObservationAnd());
        }

        return left;
    }

    private ObservationExpression ParseObservationAnd()
    {
        var left = ParseQualified();
        while (Accept(TokenKind.And))
        {
            CountOperator();
            left = new ObservationBinary(ObservationOperator.And, left, ParseQualified());
        }

        return left;
    }

    private ObservationExpression ParseQualified()
    {
        // STIX 2.1 section 9.5.1: one qualifier of each kind on an observation expression. As in the OASIS pattern
        // validator, the rule holds for qualifiers applied directly to a bracketed observation; a parenthesised group
        // is a new expression that may be qualified again.
        HashSet<TokenKind>? applied = Current.Kind == TokenKind.LeftBracket ? [] : null;
        var expression = ParseObservationPrimary();
        while (true)
        {
            var at = Current.Position;
            if (Current.Kind is TokenKind.Within or TokenKind.Repeats or TokenKind.Start && applied is not null && !applied.Add(Current.Kind))
            {
                var qualifier = Current.Kind switch { TokenKind.Within => "WITHIN", TokenKind.Repeats => "REPEATS", _ => "START/STOP" };
                throw new PatternSyntaxException(at, $"a second {qualifier} qualifier on the same observation expression (each qualifier may be applied once; parenthesise the qualified expression to qualify the group again)");
            }

            if (Accept(TokenKind.Within))
            {
                var number = Current;
                if (number.Kind is not (TokenKind.Integer or TokenKind.Float) || number.Text.StartsWith('-') || double.Parse(number.Text, CultureInfo.InvariantCulture) <= 0)
                {
                    throw new PatternSyntaxException(number.Position, "a positive number of seconds after WITHIN", number.Describe());
                }

                index++;
                Expect(TokenKind.Seconds, "SECONDS after the WITHIN number");
                expression = new WithinQualifier(expression, double.Parse(number.Text, CultureInfo.InvariantCulture));
            }
            else if (Accept(TokenKind.Repeats))
            {
                var number = Current;
                if (number.Kind != TokenKind.Integer || number.Text.StartsWith('-') || !int.TryParse(number.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) || count <= 0)
                {
                    throw new PatternSyntaxException(number.Position, "a positive integer after REPEATS", number.Describe());
                }

                index++;
                Expect(TokenKind.Times, "TIMES after the REPEATS count");
                expression = new RepeatsQualifier(expression, count);
            }
            else if (Accept(TokenKind.Start))
            {
                var start = Expect(TokenKind.Timestamp, "a timestamp t'…' after START");
                Expect(TokenKind.Stop, "STOP after the START timestamp");
                var stop = Expect(TokenKind.Timestamp, "a timestamp t'…' after STOP");
                var startValue = Model.StixTimestamp.Parse(start.Text).Value;
                var stopValue = Model.StixTimestamp.Parse(stop.Text).Value;
                if (stopValue <= startValue)
                {
                    throw new PatternSyntaxException(stop.Position, "a STOP timestamp later than the START timestamp", $"t'{stop.Text}'");
                }

                expression = new StartStopQualifier(expression, startValue, stopValue);
            }
            else
            {
                _ = at;
                return expression;
            }
        }
    }

    private ObservationExpression ParseObservationPrimary()
    {
        if (Accept(TokenKind.LeftBracket))
        {
            Enter();
            var comparison = ParseComparisonOr();
            Expect(TokenKind.RightBracket, "']' closing the observation expression (or AND / OR)");
            Leave();
            return new ObservationComparison(comparison);
        }

        if (Accept(TokenKind.LeftParen))
        {
            Enter();
            var inner = ParseFollowedBy();
            Expect(TokenKind.RightParen, "')' closing the parenthesised observation expression");
            Leave();
            return inner;
        }

        throw new PatternSyntaxException(Current.Position, "'[' starting an observation expression or '('", Current.Describe());
    }

    private ComparisonExpression ParseComparisonOr()
    {
        var left = ParseComparisonAnd();
        while (Accept(TokenKind.Or))
        {
            CountOperator();
            left = new ComparisonOr(left, ParseComparisonAnd());
        }

        return left;
    }

    private ComparisonExpression ParseComparisonAnd()
    {
        var left = ParsePropertyTest();
        while (Accept(TokenKind.And))
        {
            CountOperator();
            left = new ComparisonAnd(left, ParsePropertyTest());
        }

        return left;
    }

    private ComparisonExpression ParsePropertyTest()
    {
        if (Accept(TokenKind.LeftParen))
        {
            Enter();
            var inner = ParseComparisonOr();
            Expect(TokenKind.RightParen, "')' closing the parenthesised comparison expression");
            Leave();
            return inner;
        }

        if (Accept(TokenKind.Exists))
        {
            return new ExistsTest(ParseObjectPath());
        }

        var path = ParseObjectPath();
        var negated = Accept(TokenKind.Not);
        var operatorToken = Current;
        index++;
        switch (operatorToken.Kind)
        {
            case TokenKind.Equal:
            case TokenKind.NotEqual:
                return new PropertyTest(path, operatorToken.Kind == TokenKind.Equal ? ComparisonOperator.Equal : ComparisonOperator.NotEqual, negated, [ParseLiteral(orderable: false)]);
            case TokenKind.Less:
            case TokenKind.LessOrEqual:
            case TokenKind.Greater:
            case TokenKind.GreaterOrEqual:
                var op = operatorToken.Kind switch
                {
                    TokenKind.Less => ComparisonOperator.LessThan,
                    TokenKind.LessOrEqual => ComparisonOperator.LessThanOrEqual,
                    TokenKind.Greater => ComparisonOperator.GreaterThan,
                    _ => ComparisonOperator.GreaterThanOrEqual,
                };
                return new PropertyTest(path, op, negated, [ParseLiteral(orderable: true)]);
            case TokenKind.In:
                return new PropertyTest(path, ComparisonOperator.In, negated, ParseSet());
            case TokenKind.Like:
            case TokenKind.Matches:
            case TokenKind.IsSubset:
            case TokenKind.IsSuperset:
                var name = operatorToken.Text;
                var literal = Expect(TokenKind.String, $"a quoted string after {name}");
                var kind = operatorToken.Kind switch
                {
                    TokenKind.Like => ComparisonOperator.Like,
                    TokenKind.Matches => ComparisonOperator.Matches,
                    TokenKind.IsSubset => ComparisonOperator.IsSubset,
                    _ => ComparisonOperator.IsSuperset,
                };
                if (kind == ComparisonOperator.Matches)
                {
                    CheckRegex(literal);
                }

                if (kind is ComparisonOperator.IsSubset or ComparisonOperator.IsSuperset && !IpNetwork.TryParse(literal.Text, out _))
                {
                    throw new PatternSyntaxException(literal.Position, $"an IPv4 or IPv6 address or CIDR block after {name}", $"'{literal.Text}'");
                }

                return new PropertyTest(path, kind, negated, [new PatternLiteral(PatternLiteralKind.QuotedString, literal.Text, literal.Position)]);
            default:
                index--;
                throw new PatternSyntaxException(operatorToken.Position, "a comparison operator (=, !=, <, <=, >, >=, IN, LIKE, MATCHES, ISSUBSET, ISSUPERSET)", operatorToken.Describe());
        }
    }

    private void CheckRegex(Token literal)
    {
        try
        {
            _ = PatternEvaluator.CreateRegex(literal.Text, limits.RegexTimeout);
        }
        catch (ArgumentException e)
        {
            throw new PatternSyntaxException(literal.Position, "a valid regular expression after MATCHES", $"'{literal.Text}' ({e.Message})");
        }
        catch (NotSupportedException e)
        {
            throw new PatternSyntaxException(
                literal.Position,
                "a regular expression after MATCHES that runs without backtracking (no backreferences, lookarounds, atomic groups or conditionals)",
                $"'{literal.Text}' ({e.Message})");
        }
    }

    private List<PatternLiteral> ParseSet()
    {
        Expect(TokenKind.LeftParen, "'(' starting the IN set");
        var values = new List<PatternLiteral>();
        if (Accept(TokenKind.RightParen))
        {
            // The grammar allows an empty set; it matches nothing.
            return values;
        }

        do
        {
            values.Add(ParseLiteral(orderable: false));
        }
        while (Accept(TokenKind.Comma));

        Expect(TokenKind.RightParen, "',' or ')' in the IN set");
        return values;
    }

    private PatternLiteral ParseLiteral(bool orderable)
    {
        var token = Current;
        var kind = token.Kind switch
        {
            TokenKind.String => PatternLiteralKind.QuotedString,
            TokenKind.Integer => PatternLiteralKind.WholeNumber,
            TokenKind.Float => PatternLiteralKind.DecimalNumber,
            TokenKind.Boolean when !orderable => PatternLiteralKind.Boolean,
            TokenKind.Timestamp => PatternLiteralKind.Timestamp,
            TokenKind.Hex => PatternLiteralKind.Hex,
            TokenKind.Binary => PatternLiteralKind.Binary,
            _ => throw new PatternSyntaxException(token.Position, orderable
                ? "an orderable constant (string, number, timestamp, hex or binary)"
                : "a constant (string, number, boolean, timestamp, hex or binary)", token.Describe()),
        };
        index++;
        return new PatternLiteral(kind, token.Text, token.Position);
    }

    private ObjectPath ParseObjectPath()
    {
        var typeToken = Current;
        if (typeToken.Kind != TokenKind.Identifier)
        {
            throw new PatternSyntaxException(typeToken.Position, "an object path such as file:name", typeToken.Describe());
        }

        if (!Model.StixTypeName.IsValid(typeToken.Text, out var problem))
        {
            throw new PatternSyntaxException(typeToken.Position, "an object type name", $"'{typeToken.Text}' ({problem})");
        }

        index++;
        Expect(TokenKind.Colon, $"':' after the object type '{typeToken.Text}'");
        var steps = new List<PathStep> { new(ParsePropertyName("a property name after ':'"), null, false) };
        while (true)
        {
            if (Accept(TokenKind.Dot))
            {
                steps.Add(new PathStep(ParsePropertyName("a property name after '.'"), null, false));
            }
            else if (Accept(TokenKind.LeftBracket))
            {
                if (Accept(TokenKind.Asterisk))
                {
                    steps.Add(new PathStep(null, null, true));
                }
                else
                {
                    var number = Expect(TokenKind.Integer, "a list index or '*'");
                    if (!int.TryParse(number.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var position))
                    {
                        throw new PatternSyntaxException(number.Position, "a list index that fits in 32 bits", number.Describe());
                    }

                    steps.Add(new PathStep(null, position, false));
                }

                Expect(TokenKind.RightBracket, "']' closing the list index");
            }
            else
            {
                return new ObjectPath(typeToken.Text, steps);
            }
        }
    }

    private string ParsePropertyName(string expected)
    {
        var token = Current;
        if (token.Kind == TokenKind.String)
        {
            index++;
            return token.Text;
        }

        if (token.Kind == TokenKind.Identifier)
        {
            if (token.Text.Contains('-', StringComparison.Ordinal))
            {
                throw new PatternSyntaxException(token.Position, "a property name without '-' (quote names like 'SHA-256')", token.Describe());
            }

            index++;
            return token.Text;
        }

        throw new PatternSyntaxException(token.Position, expected, token.Describe());
    }
}
