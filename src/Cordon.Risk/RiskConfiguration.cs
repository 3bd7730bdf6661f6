using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Cordon.Risk.Calibration;
using Cordon.Risk.Rules;

namespace Cordon.Risk;

/// <summary>
/// Weights, family caps, level thresholds and enabled rules: everything an operator may tune without rebuilding.
/// Read from a JSON file (<c>config/risk.json</c>, documented in <c>docs/risk.md</c>) with <see cref="Load"/>;
/// <see cref="Default"/> is the built-in configuration the file starts from. Immutable.
/// </summary>
/// <param name="MediumThreshold">Lowest score that is <see cref="RiskLevel.Medium"/>.</param>
/// <param name="HighThreshold">Lowest score that is <see cref="RiskLevel.High"/>.</param>
/// <param name="CriticalThreshold">Lowest score that is <see cref="RiskLevel.Critical"/>.</param>
/// <param name="FamilyDecay">Diminishing returns within a family: the n-th strongest signal of a family counts <c>decay^(n-1)</c> of its points (0 &lt; decay ≤ 1).</param>
/// <param name="FamilyCaps">Most points one family can add, by family name.</param>
/// <param name="RulePoints">Points per rule code (every rule has an entry).</param>
/// <param name="DisabledRules">Codes of rules that are switched off.</param>
/// <param name="SanctionsThreshold">Lowest screening score (0–1) that counts as a sanctions-list match.</param>
public sealed record RiskConfiguration(
    int MediumThreshold,
    int HighThreshold,
    int CriticalThreshold,
    double FamilyDecay,
    IReadOnlyDictionary<string, double> FamilyCaps,
    IReadOnlyDictionary<string, double> RulePoints,
    IReadOnlySet<string> DisabledRules,
    double SanctionsThreshold)
{
    /// <summary>The families rules belong to.</summary>
    /// <remarks>
    /// <c>network</c> holds the signals a record takes from the group it is linked into (Cordon.Networks), not from its own
    /// fields; <c>intelligence</c> those it takes from partners' indicators shared through the hub (Cordon.Hub correlation).
    /// </remarks>
    public static IReadOnlyList<string> Families { get; } = ["identity", "location", "access", "employment", "hiring", "money", "network", "intelligence"];

    /// <summary>
    /// Codes of signals raised outside the rule catalogue that still take their points and switch from the configuration:
    /// <c>HUB-INDICATOR</c>, a match with a sharing-hub indicator the organisation may read (points scaled by the indicator's confidence).
    /// </summary>
    public static IReadOnlyDictionary<string, double> ExternalRulePoints { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["HUB-INDICATOR"] = 40,
    };

    /// <summary>
    /// The expert configuration: the points set by hand from the advisories (each rule's <see cref="RiskRuleInfo.DefaultPoints"/>),
    /// with family decay and caps. No longer the default: it is the prior the fitted weights are pulled toward (issue 15).
    /// </summary>
    public static RiskConfiguration ExpertPrior { get; } = new(
        MediumThreshold: 30,
        HighThreshold: 45,
        CriticalThreshold: 75,
        FamilyDecay: 0.6,
        FamilyCaps: new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["identity"] = 80,
            ["location"] = 60,
            ["access"] = 40,
            ["employment"] = 45,
            ["hiring"] = 40,
            ["money"] = 50,
            ["network"] = 50,
            ["intelligence"] = 60,
        }.ToFrozenDictionary(StringComparer.Ordinal),
        RulePoints: RuleCatalog.All.Select(r => KeyValuePair.Create(r.Info.Code, r.Info.DefaultPoints)).Concat(ExternalRulePoints).ToFrozenDictionary(StringComparer.Ordinal),
        DisabledRules: FrozenSet<string>.Empty,
        SanctionsThreshold: 0.9);

    /// <summary>
    /// The built-in configuration: the fitted weights of <c>config/risk.json</c> (embedded in the assembly), every rule on.
    /// How they were fitted is in its <see cref="Model"/> and in docs/risk.md.
    /// </summary>
    public static RiskConfiguration Default { get; } = LoadBuiltIn();

    /// <summary>How the points were fitted and what a score means as a probability; null for hand-set points.</summary>
    public ScoreModel? Model { get; init; }

    /// <summary>The version written into assessments: the model's, or <see cref="RiskEngine.CurrentVersion"/> for hand-set points.</summary>
    public string Version => Model?.Version ?? RiskEngine.CurrentVersion;

    private static readonly string[] LevelNames = ["medium", "high", "critical"];

    private static RiskConfiguration LoadBuiltIn()
    {
        using var stream = typeof(RiskConfiguration).Assembly.GetManifestResourceStream("Cordon.Risk.risk.json")
            ?? throw new InvalidOperationException("the built-in risk configuration is missing from the assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), ExpertPrior);
    }

    /// <summary>Points of a rule under this configuration.</summary>
    public double PointsOf(string code) => RulePoints.TryGetValue(code, out var p) ? p : 0;

    /// <summary>True when the rule is switched on.</summary>
    public bool IsEnabled(string code) => !DisabledRules.Contains(code);

    /// <summary>The level of a score.</summary>
    public RiskLevel LevelOf(int score) =>
        score >= CriticalThreshold ? RiskLevel.Critical
        : score >= HighThreshold ? RiskLevel.High
        : score >= MediumThreshold ? RiskLevel.Medium
        : RiskLevel.Low;

    /// <summary>Reads a configuration file; keys it does not give keep their <see cref="Default"/> values.</summary>
    /// <exception cref="RiskConfigurationException">The file is missing, not JSON, or has an unknown key or a bad value; the message names the key.</exception>
    public static RiskConfiguration Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new RiskConfigurationException("cannot read the risk configuration '" + path + "': " + e.Message, e);
        }

        try
        {
            return Parse(text);
        }
        catch (RiskConfigurationException e)
        {
            throw new RiskConfigurationException(path + ": " + e.Message, e);
        }
    }

    /// <summary>Parses configuration JSON text (the format of <c>config/risk.json</c>).</summary>
    /// <exception cref="RiskConfigurationException">Unknown key or bad value; the message names the key.</exception>
    public static RiskConfiguration Parse(string json) => Parse(json, Default);

    /// <summary>Parses configuration JSON text; keys it does not give keep the values of <paramref name="basis"/>.</summary>
    /// <exception cref="RiskConfigurationException">Unknown key or bad value; the message names the key.</exception>
    public static RiskConfiguration Parse(string json, RiskConfiguration basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new RiskConfigurationException("not valid JSON: " + e.Message, e);
        }

        using (document)
        {
            try
            {
                return FromJson(document.RootElement, basis);
            }
            catch (InvalidOperationException e)
            {
                // A key or string holding half a UTF-16 surrogate pair cannot be read as text (found by fuzzing).
                throw new RiskConfigurationException("not valid JSON text: " + e.Message, e);
            }
        }
    }

    private static RiskConfiguration FromJson(JsonElement root, RiskConfiguration d)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new RiskConfigurationException("$: expected a JSON object");
        }

        var model = d.Model;
        int medium = d.MediumThreshold, high = d.HighThreshold, critical = d.CriticalThreshold;
        var decay = d.FamilyDecay;
        var sanctions = d.SanctionsThreshold;
        var caps = new Dictionary<string, double>(d.FamilyCaps, StringComparer.Ordinal);
        var points = new Dictionary<string, double>(d.RulePoints, StringComparer.Ordinal);
        var disabled = new HashSet<string>(d.DisabledRules, StringComparer.Ordinal);

        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "$comment":
                case "description":
                    break;
                case "version":
                    var version = Number(property.Value, "$.version", 1, 1);
                    _ = version;
                    break;
                case "thresholds":
                    foreach (var t in Object(property.Value, "$.thresholds").EnumerateObject())
                    {
                        var at = "$.thresholds." + t.Name;
                        switch (t.Name)
                        {
                            case "medium": medium = (int)Number(t.Value, at, 1, 100, whole: true); break;
                            case "high": high = (int)Number(t.Value, at, 1, 100, whole: true); break;
                            case "critical": critical = (int)Number(t.Value, at, 1, 100, whole: true); break;
                            default: throw Unknown(at, "medium, high, critical");
                        }
                    }

                    break;
                case "model":
                    model = ModelFromJson(Object(property.Value, "$.model"));
                    break;
                case "family_decay":
                    decay = Number(property.Value, "$.family_decay", 0.01, 1);
                    break;
                case "sanctions_threshold":
                    sanctions = Number(property.Value, "$.sanctions_threshold", 0.5, 1);
                    break;
                case "family_caps":
                    foreach (var f in Object(property.Value, "$.family_caps").EnumerateObject())
                    {
                        if (!caps.ContainsKey(f.Name))
                        {
                            throw Unknown("$.family_caps." + f.Name, string.Join(", ", Families));
                        }

                        caps[f.Name] = Number(f.Value, "$.family_caps." + f.Name, 0, 100);
                    }

                    break;
                case "rules":
                    foreach (var r in Object(property.Value, "$.rules").EnumerateObject())
                    {
                        var at = "$.rules['" + r.Name + "']";
                        if (!points.ContainsKey(r.Name))
                        {
                            throw new RiskConfigurationException(at + ": unknown rule code; known codes: " + string.Join(", ", points.Keys.Order(StringComparer.Ordinal)));
                        }

                        foreach (var setting in Object(r.Value, at).EnumerateObject())
                        {
                            switch (setting.Name)
                            {
                                case "points":
                                    points[r.Name] = Number(setting.Value, at + ".points", 0, 100);
                                    break;
                                case "enabled":
                                    if (setting.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                                    {
                                        throw new RiskConfigurationException(at + ".enabled: expected true or false, found " + setting.Value.GetRawText());
                                    }

                                    if (setting.Value.GetBoolean())
                                    {
                                        disabled.Remove(r.Name);
                                    }
                                    else
                                    {
                                        disabled.Add(r.Name);
                                    }

                                    break;
                                case "$comment":
                                case "description":
                                    break;
                                default:
                                    throw Unknown(at + "." + setting.Name, "points, enabled");
                            }
                        }
                    }

                    break;
                default:
                    throw Unknown("$." + property.Name, "version, model, thresholds, family_decay, family_caps, sanctions_threshold, rules");
            }
        }

        if (!(medium < high && high < critical))
        {
            throw new RiskConfigurationException(string.Create(CultureInfo.InvariantCulture, $"$.thresholds: must rise: medium ({medium}) < high ({high}) < critical ({critical})"));
        }

        return new RiskConfiguration(
            medium,
            high,
            critical,
            decay,
            caps.ToFrozenDictionary(StringComparer.Ordinal),
            points.ToFrozenDictionary(StringComparer.Ordinal),
            disabled.ToFrozenSet(StringComparer.Ordinal),
            sanctions)
        { Model = model };
    }

    private static ScoreModel ModelFromJson(JsonElement model)
    {
        string? version = null, fitted = null, method = null, command = null;
        List<string> fittedOn = [], heldOut = [];
        int records = 0, fraud = 0;
        double lambda = 0, perTenfold = 0, intercept = double.NaN, baseRate = double.NaN;
        double? floor = null;
        var rates = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var p in model.EnumerateObject())
        {
            var at = "$.model." + p.Name;
            switch (p.Name)
            {
                case "$comment": break;
                case "version": version = Text(p.Value, at); break;
                case "fitted": fitted = Text(p.Value, at); break;
                case "method": method = Text(p.Value, at); break;
                case "command": command = Text(p.Value, at); break;
                case "fitted_on": fittedOn = Texts(p.Value, at); break;
                case "held_out": heldOut = Texts(p.Value, at); break;
                case "records": records = (int)Number(p.Value, at, 0, int.MaxValue, whole: true); break;
                case "fraud": fraud = (int)Number(p.Value, at, 0, int.MaxValue, whole: true); break;
                case "regularisation": lambda = Number(p.Value, at, 0, 1e6); break;
                case "floor": floor = Number(p.Value, at, 0, 1); break;
                case "points_per_tenfold_odds": perTenfold = Number(p.Value, at, 1, 100); break;
                case "intercept_log_odds": intercept = Number(p.Value, at, -50, 50); break;
                case "base_rate": baseRate = Number(p.Value, at, 0, 1); break;
                case "threshold_false_alarm_rates":
                    foreach (var r in Object(p.Value, at).EnumerateObject())
                    {
                        if (r.Name is not ("medium" or "high" or "critical"))
                        {
                            throw Unknown(at + "." + r.Name, "medium, high, critical");
                        }

                        rates[r.Name] = Number(r.Value, at + "." + r.Name, 0, 1);
                    }

                    break;
                default:
                    throw Unknown(at, "version, fitted, method, command, fitted_on, held_out, records, fraud, regularisation, floor, points_per_tenfold_odds, intercept_log_odds, base_rate, threshold_false_alarm_rates");
            }
        }

        if (version is null || perTenfold == 0 || double.IsNaN(intercept) || double.IsNaN(baseRate))
        {
            throw new RiskConfigurationException("$.model: version, points_per_tenfold_odds, intercept_log_odds and base_rate are required");
        }

        return new ScoreModel(version, fitted ?? string.Empty, method ?? string.Empty, command ?? string.Empty, fittedOn, heldOut, records, fraud, lambda, perTenfold, intercept, baseRate, rates) { Floor = floor };
    }

    private static string Text(JsonElement value, string at) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new RiskConfigurationException(at + ": expected a string, found " + value.GetRawText());

    private static List<string> Texts(JsonElement value, string at) =>
        value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select((v, i) => Text(v, at + "[" + i.ToString(CultureInfo.InvariantCulture) + "]"))]
            : throw new RiskConfigurationException(at + ": expected an array of strings, found " + value.GetRawText());

    /// <summary>The configuration as JSON text in the format of <c>config/risk.json</c> (every rule listed, in catalogue order).</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$comment", "Cordon risk engine configuration. Documented in docs/risk.md. Unknown keys and out-of-range values are errors. Keys left out keep their built-in defaults. Points are weights of evidence: points_per_tenfold_odds points multiply the odds of fraud by ten.");
            w.WriteNumber("version", 1);
            if (Model is { } m)
            {
                w.WriteStartObject("model");
                w.WriteString("version", m.Version);
                w.WriteString("fitted", m.Fitted);
                w.WriteString("method", m.Method);
                w.WriteString("command", m.Command);
                w.WriteStartArray("fitted_on");
                m.FittedOn.ToList().ForEach(w.WriteStringValue);
                w.WriteEndArray();
                w.WriteStartArray("held_out");
                m.HeldOut.ToList().ForEach(w.WriteStringValue);
                w.WriteEndArray();
                w.WriteNumber("records", m.Records);
                w.WriteNumber("fraud", m.Fraud);
                w.WriteNumber("regularisation", m.Regularisation);
                if (m.Floor is { } floor)
                {
                    w.WriteNumber("floor", floor);
                }

                w.WriteNumber("points_per_tenfold_odds", m.PointsPerTenfoldOdds);
                w.WriteNumber("intercept_log_odds", Math.Round(m.InterceptLogOdds, 4));
                w.WriteNumber("base_rate", Math.Round(m.BaseRate, 4));
                w.WriteStartObject("threshold_false_alarm_rates");
                foreach (var level in LevelNames.Where(m.ThresholdFalseAlarmRates.ContainsKey))
                {
                    w.WriteNumber(level, m.ThresholdFalseAlarmRates[level]);
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteStartObject("thresholds");
            w.WriteNumber("medium", MediumThreshold);
            w.WriteNumber("high", HighThreshold);
            w.WriteNumber("critical", CriticalThreshold);
            w.WriteEndObject();
            w.WriteNumber("family_decay", FamilyDecay);
            w.WriteStartObject("family_caps");
            foreach (var family in Families)
            {
                w.WriteNumber(family, FamilyCaps.TryGetValue(family, out var cap) ? cap : 100);
            }

            w.WriteEndObject();
            w.WriteNumber("sanctions_threshold", SanctionsThreshold);
            w.WriteStartObject("rules");
            foreach (var code in RuleCatalog.All.Select(r => r.Info.Code).Concat(ExternalRulePoints.Keys))
            {
                w.WriteStartObject(code);
                w.WriteNumber("points", PointsOf(code));
                w.WriteBoolean("enabled", IsEnabled(code));
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static RiskConfigurationException Unknown(string at, string known) => new(at + ": unknown key; expected one of: " + known);

    private static JsonElement Object(JsonElement value, string at) =>
        value.ValueKind == JsonValueKind.Object ? value : throw new RiskConfigurationException(at + ": expected an object, found " + value.GetRawText());

    private static double Number(JsonElement value, string at, double min, double max, bool whole = false)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var n))
        {
            throw new RiskConfigurationException(at + ": expected a number, found " + value.GetRawText());
        }

        if (double.IsNaN(n) || n < min || n > max)
        {
            throw new RiskConfigurationException(string.Create(CultureInfo.InvariantCulture, $"{at}: {n} is out of range [{min}, {max}]"));
        }

        if (whole && Math.Abs(n - Math.Round(n)) > 1e-9)
        {
            throw new RiskConfigurationException(string.Create(CultureInfo.InvariantCulture, $"{at}: {n} must be a whole number"));
        }

        return n;
    }
}
