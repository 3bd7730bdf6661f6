using System.Text.Json;
using Cordon.Core;
using Cordon.Networks;
using Cordon.Risk;
using Cordon.Storage;

namespace Cordon.Assessments;

/// <summary>
/// The one assessment pipeline, used by the workspace, the API and <c>cordon assess</c> alike: each record is read and
/// validated once, the rules run over the valid records together (cross-record signals), the facts from outside each
/// record are gathered — matches with partners' shared indicators, then its network group — and each record is scored
/// once, with all of them (<see cref="RiskEngine.Score"/>). Invalid records are reported one by one and never stop a batch.
/// </summary>
public static class AssessmentPipeline
{
    /// <summary>
    /// Reads and validates every record (once, in parallel), runs the rules over the valid ones together and gathers their
    /// indicator matches: everything about the batch but its network. Score it with <see cref="ScoreWithinBatch"/> or
    /// <see cref="ScoreAndStoreAsync"/>.
    /// </summary>
    /// <param name="engine">The engine.</param>
    /// <param name="records">The records as JSON text, one object each.</param>
    /// <param name="indicatorSignals">
    /// The signals of a record's matches with shared indicators (family <c>intelligence</c>); null when none are consulted.
    /// Called from several threads.
    /// </param>
    /// <param name="refuseUnreachableIds">
    /// Refuse records whose id could not be named in a URL (<see cref="AddressableIds"/>): a stored one could never be
    /// read, exported or erased through the API. They still count for the other records' cross-record signals.
    /// </param>
    /// <param name="progress">Receives the number of steps done, reading and evaluating each counting once per record (so up to twice the record count).</param>
    public static GatheredBatch Gather(
        RiskEngine engine,
        IReadOnlyList<string> records,
        Func<ApplicationRecord, IReadOnlyList<Signal>>? indicatorSignals = null,
        bool refuseUnreachableIds = false,
        IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(records);
        var read = new ApplicationReadResult[records.Count];
        var done = 0;
        Parallel.For(0, records.Count, i =>
        {
            read[i] = ApplicationReader.Read(records[i]);
            var count = Interlocked.Increment(ref done);
            if (progress is not null && count % 64 == 0)
            {
                progress.Report(count);
            }
        });
        progress?.Report(records.Count);

        var valid = new List<ApplicationRecord>();
        var positions = new List<int>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var outcomes = new AssessmentOutcome?[records.Count];
        for (var i = 0; i < read.Length; i++)
        {
            if (read[i].Record is { } record)
            {
                if (seen.TryAdd(record.Id, i))
                {
                    valid.Add(record);
                    positions.Add(i);
                }
                else
                {
                    outcomes[i] = new AssessmentOutcome(i, record.Id, null, [new RecordError("$.id", $"id '{record.Id}' is already used by record {seen[record.Id] + 1} of this batch")]);
                }
            }
            else
            {
                outcomes[i] = new AssessmentOutcome(i, TryReadId(records[i]), null, read[i].Errors);
            }
        }

        var findings = engine.Evaluate(valid, progress is null ? null : new OffsetProgress(progress, records.Count));
        var members = new List<GatheredRecord>(valid.Count);
        for (var k = 0; k < valid.Count; k++)
        {
            if (refuseUnreachableIds && AddressableIds.Problem(valid[k].Id) is { } problem)
            {
                outcomes[positions[k]] = new AssessmentOutcome(positions[k], valid[k].Id, null, [new RecordError("$.id", problem)]);
            }
            else
            {
                members.Add(new GatheredRecord(positions[k], valid[k], records[positions[k]], findings[k], []));
            }
        }

        if (indicatorSignals is not null)
        {
            var gathered = members.ToArray();
            Parallel.For(0, gathered.Length, i => gathered[i] = gathered[i] with { Outside = indicatorSignals(gathered[i].Record) });
            members = [.. gathered];
        }

        return new GatheredBatch(records.Count, outcomes, members);
    }

    /// <summary>
    /// Assesses records without the store: <see cref="Gather"/> without indicator matches, then <see cref="ScoreWithinBatch"/>
    /// (or, when <paramref name="link"/> is false, each record scored on its own evidence, without a network). Pure: no
    /// storage. Returns an outcome per record in input order.
    /// </summary>
    public static IReadOnlyList<AssessmentOutcome> Assess(RiskEngine engine, IReadOnlyList<string> records, NetworkLinkerOptions? options = null, IProgress<int>? progress = null, bool link = true)
    {
        var batch = Gather(engine, records, progress: progress);
        return link ? ScoreWithinBatch(engine, batch, options) : Score(engine, batch, null);
    }

    /// <summary>
    /// Scores a gathered batch without the store (<c>cordon assess --no-store</c>, and assessing without storing): network
    /// groups are formed within the batch. Returns an outcome per record in input order.
    /// </summary>
    public static IReadOnlyList<AssessmentOutcome> ScoreWithinBatch(RiskEngine engine, GatheredBatch batch, NetworkLinkerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(batch);
        var members = Members(engine, batch);
        return Score(engine, batch, NetworkService.LinkWithinBatch(members, options));
    }

    /// <summary>
    /// Scores a gathered batch linked into the network of every record <paramref name="organisationId"/> has stored, and
    /// stores it: <paramref name="save"/> receives the outcomes and the membership change the batch brings and must store
    /// both in one transaction. Without a network service the records are scored without a network.
    /// Returns an outcome per record in input order.
    /// </summary>
    public static async Task<IReadOnlyList<AssessmentOutcome>> ScoreAndStoreAsync(
        RiskEngine engine,
        GatheredBatch batch,
        NetworkService? networks,
        string organisationId,
        Func<IReadOnlyList<AssessmentOutcome>, NetworkMembershipChange?, CancellationToken, Task> save,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(save);
        if (networks is null)
        {
            var alone = Score(engine, batch, null);
            await save(alone, null, cancellationToken);
            return alone;
        }

        IReadOnlyList<AssessmentOutcome>? outcomes = null;
        await networks.LinkAsync(
            engine,
            Members(engine, batch),
            async (facts, memberships, ct) =>
            {
                outcomes = Score(engine, batch, facts);
                await save(outcomes, memberships, ct);
            },
            organisationId,
            cancellationToken);
        return outcomes!;
    }

    /// <summary>The stored form of the assessed outcomes, each with its record as submitted.</summary>
    public static IReadOnlyList<StoredAssessment> ToStored(IReadOnlyList<AssessmentOutcome> outcomes, IReadOnlyList<string> records, DateTimeOffset assessedAt)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(records);
        return [.. outcomes
            .Where(o => o.Assessment is not null)
            .Select(o => new StoredAssessment(
                o.Assessment!.Id,
                records[o.Position],
                AssessmentJson.Serialize(o.Assessment),
                o.Assessment.Score,
                AssessmentJson.LevelName(o.Assessment.Level),
                o.Assessment.EngineVersion,
                assessedAt))];
    }

    private static List<BatchMember> Members(RiskEngine engine, GatheredBatch batch) =>
        [.. batch.Records.Select(r =>
        {
            var (score, level) = engine.Standing(r.Findings, r.Outside);
            var sanctioned = r.Findings.Signals.Any(s => MemberFacts.SanctionsCodes.Contains(s.Code));
            return new BatchMember(r.Record, r.Text, new MemberFacts(r.Record.Id, score, level, sanctioned, false));
        })];

    /// <summary>The one scoring of every gathered record, with its network facts (in batch order) when linked.</summary>
    private static AssessmentOutcome[] Score(RiskEngine engine, GatheredBatch batch, IReadOnlyList<NetworkFacts>? network)
    {
        var outcomes = new AssessmentOutcome[batch.Count];
        var records = batch.Records;
        Parallel.For(0, records.Count, k =>
        {
            var r = records[k];
            var facts = network?[k] ?? NetworkFacts.None;
            var assessment = engine.Score(r.Findings, r.Outside, facts.Signals, facts.Context);
            outcomes[r.Position] = new AssessmentOutcome(r.Position, assessment.Id, assessment, []);
        });
        for (var i = 0; i < outcomes.Length; i++)
        {
            outcomes[i] ??= batch.Rejected[i]!;
        }

        return outcomes;
    }

    /// <summary>Shifts the engine's count past the reading step.</summary>
    private sealed class OffsetProgress(IProgress<int> inner, int offset) : IProgress<int>
    {
        public void Report(int value) => inner.Report(offset + value);
    }

    private static string? TryReadId(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not JSON, or a property name or the id that does not decode (half a surrogate pair): the record has no readable id.
            return null;
        }
    }
}

/// <summary>A batch read, evaluated by the rules and with its indicator matches gathered, waiting for its network and its one scoring.</summary>
/// <param name="Count">The number of input records.</param>
/// <param name="Rejected">By input position, the outcome of each rejected record; null for the records still on their way.</param>
/// <param name="Records">The records on their way, in input order.</param>
public sealed record GatheredBatch(int Count, IReadOnlyList<AssessmentOutcome?> Rejected, IReadOnlyList<GatheredRecord> Records);

/// <summary>One record of a <see cref="GatheredBatch"/>.</summary>
/// <param name="Position">0-based position in the input.</param>
/// <param name="Record">The record, read once.</param>
/// <param name="Text">The record as submitted.</param>
/// <param name="Findings">What the rules found.</param>
/// <param name="Outside">Signals from outside the record (matches with shared indicators); empty when none.</param>
public sealed record GatheredRecord(int Position, ApplicationRecord Record, string Text, RuleFindings Findings, IReadOnlyList<Signal> Outside);
