using MathNet.Numerics.LinearAlgebra;

namespace Cordon.Risk.Calibration;

/// <summary>One labelled example for <see cref="LogisticRegression"/>: sparse features, the label and a weight.</summary>
/// <param name="Features">Feature values by name (absent = 0).</param>
/// <param name="Fraud">The label.</param>
/// <param name="Weight">How much the example counts (e.g. to give each population the same total weight).</param>
public sealed record LabelledFeatures(IReadOnlyDictionary<string, double> Features, bool Fraud, double Weight = 1);

/// <summary>The fitted model: an intercept and one non-negative weight per feature, all in log-odds (nats).</summary>
/// <param name="Intercept">Log-odds of fraud for an example with every feature 0.</param>
/// <param name="Weights">Log-odds added per unit of each feature.</param>
/// <param name="Iterations">Newton steps taken.</param>
/// <param name="LogLoss">Mean weighted log-loss of the fit on its examples (without the penalty).</param>
public sealed record LogisticFit(double Intercept, IReadOnlyDictionary<string, double> Weights, int Iterations, double LogLoss)
{
    /// <summary>The fitted log-odds of an example.</summary>
    public double LogOdds(IReadOnlyDictionary<string, double> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return Intercept + features.Sum(f => Weights.TryGetValue(f.Key, out var w) ? w * f.Value : 0);
    }
}

/// <summary>
/// L2-regularised logistic regression pulled toward prior weights, with non-negative weights: minimises
/// Σ wᵢ·logloss(yᵢ, b + xᵢ·β) + λ/2 · Σⱼ (βⱼ − μⱼ)² subject to 0 ≤ ℓⱼ ≤ βⱼ ≤ uⱼ, by projected Newton steps. A feature the
/// data say little about (rare, or never seen) keeps its prior μ; a common one follows the data. Weights are never
/// negative because every feature is a red flag: a flag that fires as often on honest records as on fraud is worth
/// nothing, never evidence of honesty. The intercept is not penalised. Pure: no I/O.
/// </summary>
public static class LogisticRegression
{
    /// <summary>Fits the model.</summary>
    /// <param name="examples">Labelled examples; both classes must be present.</param>
    /// <param name="prior">Prior weight μⱼ of every feature to fit (features not named here are ignored).</param>
    /// <param name="lambda">Strength of the pull toward the prior (λ ≥ 0), in units of one example's weight.</param>
    /// <param name="lowerBounds">Least weight ℓⱼ of some features (others: 0); a bound above the prior is lowered to it.</param>
    /// <param name="upperBounds">Greatest weight uⱼ of some features (others: none); a bound below the prior is raised to it.</param>
    /// <param name="maxIterations">Most Newton steps.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentException">No examples, one class only, or a negative λ.</exception>
    public static LogisticFit Fit(IReadOnlyList<LabelledFeatures> examples, IReadOnlyDictionary<string, double> prior, double lambda, IReadOnlyDictionary<string, double>? lowerBounds = null, IReadOnlyDictionary<string, double>? upperBounds = null, int maxIterations = 100)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(prior);
        if (lambda < 0 || double.IsNaN(lambda))
        {
            throw new ArgumentException("the regularisation must be 0 or more", nameof(lambda));
        }

        if (!examples.Any(e => e.Fraud && e.Weight > 0) || !examples.Any(e => !e.Fraud && e.Weight > 0))
        {
            throw new ArgumentException("both fraudulent and legitimate examples are needed", nameof(examples));
        }

        var names = prior.Keys.Order(StringComparer.Ordinal).ToArray();
        var index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i + 1, StringComparer.Ordinal);
        var dimension = names.Length + 1; // 0 is the intercept
        var rows = examples.Select(e => e.Features.Where(f => f.Value != 0 && index.ContainsKey(f.Key)).Select(f => (Column: index[f.Key], f.Value)).ToArray()).ToArray();
        var mu = new double[dimension];
        var floor = new double[dimension];
        var ceiling = new double[dimension];
        floor[0] = double.NegativeInfinity;
        ceiling[0] = double.PositiveInfinity;
        for (var j = 1; j < dimension; j++)
        {
            mu[j] = Math.Max(0, prior[names[j - 1]]);
            floor[j] = Math.Clamp(lowerBounds?.GetValueOrDefault(names[j - 1]) ?? 0, 0, mu[j]);
            ceiling[j] = upperBounds is not null && upperBounds.TryGetValue(names[j - 1], out var u) ? Math.Max(u, mu[j]) : double.PositiveInfinity;
        }

        var totalWeight = examples.Sum(e => e.Weight);
        var positive = examples.Where(e => e.Fraud).Sum(e => e.Weight);
        var beta = (double[])mu.Clone();
        beta[0] = Math.Log(positive / (totalWeight - positive));

        double Objective(double[] b)
        {
            var loss = 0.0;
            for (var i = 0; i < rows.Length; i++)
            {
                loss += examples[i].Weight * LogLoss(Z(rows[i], b), examples[i].Fraud);
            }

            var penalty = 0.0;
            for (var j = 1; j < dimension; j++)
            {
                penalty += (b[j] - mu[j]) * (b[j] - mu[j]);
            }

            return loss + (lambda / 2 * penalty);
        }

        var current = Objective(beta);
        var iterations = 0;
        for (; iterations < maxIterations; iterations++)
        {
            var gradient = new double[dimension];
            var hessian = Matrix<double>.Build.Dense(dimension, dimension);
            for (var i = 0; i < rows.Length; i++)
            {
                var p = Sigmoid(Z(rows[i], beta));
                var w = examples[i].Weight;
                var residual = w * (p - (examples[i].Fraud ? 1 : 0));
                var curvature = w * p * (1 - p);
                gradient[0] += residual;
                hessian[0, 0] += curvature;
                foreach (var (c, x) in rows[i])
                {
                    gradient[c] += residual * x;
                    hessian[0, c] += curvature * x;
                    hessian[c, 0] += curvature * x;
                    foreach (var (c2, x2) in rows[i])
                    {
                        hessian[c, c2] += curvature * x * x2;
                    }
                }
            }

            for (var j = 1; j < dimension; j++)
            {
                gradient[j] += lambda * (beta[j] - mu[j]);
                hessian[j, j] += lambda;
            }

            // Weights at the bound that the gradient pushes further down stay there; Newton moves the others.
            var free = Enumerable.Range(0, dimension).Where(j => (beta[j] > floor[j] || gradient[j] < 0) && (beta[j] < ceiling[j] || gradient[j] > 0)).ToArray();
            var reduced = Matrix<double>.Build.Dense(free.Length, free.Length, (r, c) => hessian[free[r], free[c]]);
            for (var d = 0; d < free.Length; d++)
            {
                reduced[d, d] += 1e-9; // a feature never seen with λ = 0 would leave the matrix singular
            }

            var step = reduced.Solve(Vector<double>.Build.Dense([.. free.Select(j => -gradient[j])]));
            var scale = 1.0;
            double[] next;
            double value;
            do
            {
                next = (double[])beta.Clone();
                for (var d = 0; d < free.Length; d++)
                {
                    var j = free[d];
                    next[j] = Math.Clamp(beta[j] + (scale * step[d]), floor[j], ceiling[j]);
                }

                value = Objective(next);
                scale /= 2;
            }
            while (value > current + 1e-12 && scale > 1e-6);

            var change = Enumerable.Range(0, dimension).Max(j => Math.Abs(next[j] - beta[j]));
            if (value > current + 1e-12)
            {
                break;
            }

            beta = next;
            var improved = current - value;
            current = value;
            if (change < 1e-7 || improved < 1e-10 * Math.Max(1, Math.Abs(current)))
            {
                iterations++;
                break;
            }
        }

        var meanLoss = Enumerable.Range(0, rows.Length).Sum(i => examples[i].Weight * LogLoss(Z(rows[i], beta), examples[i].Fraud)) / totalWeight;
        return new LogisticFit(beta[0], names.Select((n, k) => (n, k)).ToDictionary(p => p.n, p => beta[p.k + 1], StringComparer.Ordinal), iterations, meanLoss);
    }

    /// <summary>The logistic function 1 / (1 + e^−z).</summary>
    public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    private static double Z((int Column, double Value)[] row, double[] beta)
    {
        var z = beta[0];
        foreach (var (c, x) in row)
        {
            z += beta[c] * x;
        }

        return z;
    }

    // log(1 + e^z) − y·z, computed without overflow.
    private static double LogLoss(double z, bool fraud) => (z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z))) - (fraud ? z : 0);
}
