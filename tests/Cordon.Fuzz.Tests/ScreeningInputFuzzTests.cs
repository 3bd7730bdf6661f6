using System.Text;
using System.Text.Json;
using Cordon.Core;
using Cordon.Screening;
using Cordon.Screening.Batch;
using Cordon.Web.Endpoints;
using Cordon.Web.Workspace;
using CsCheck;

namespace Cordon.Fuzz.Tests;

/// <summary>
/// Screening input from outside: the batch CSV of the workspace and the JSON bodies of the screening endpoints. Whatever
/// the bytes, the CSV is read into rows or refused with a <see cref="BatchInputException"/> naming the file and line, a
/// body is bound or refused with a <see cref="JsonException"/> (which the endpoints answer with 400), and every row or
/// subject is turned into a screening subject or an error saying which field is wrong.
/// </summary>
public sealed class ScreeningInputFuzzTests
{
    private static readonly byte[] BatchCsv = Encoding.UTF8.GetBytes(
        "id,name,type,date_of_birth,nationality\r\n"
        + "1,KIM Jong Un,person,1984-01-08,KP\r\n"
        + "2,\"Korea Kwangson Banking Corp\",organization,,\r\n"
        + "3,  Chon Il Chun ,individual,1941-08,North Korea\r\n"
        + "4,\"Yanbian Silverstar, Network Technology\",entity,,CN\r\n"
        + "5,\"He said \"\"hi\"\"\",any,2000,\r\n"
        + "6,Jin Sung-il,,1980-02-29,\r\n");

    private static readonly JsonSerializerOptions WebJson = Configured();

    private static readonly byte[] BatchBody = Encoding.UTF8.GetBytes(
        """
        {"subjects":[{"id":"a","name":"KIM Jong Un","type":"person","date_of_birth":"1984-01-08","nationality":"KP","gender":"male",
          "document_numbers":["PD123"],"email_addresses":["kim@example.com"],"websites":["example.com"],"wallet_addresses":["0x098b716b8aaf21512996dc57eb0615e2383e2f96"]},
          {"id":"b","name":"Korea Kwangson Banking Corp","type":"organization"}],"limit":5,"threshold":0.8}
        """);

    [Fact]
    public void A_mutated_batch_csv_is_read_or_refused_with_a_batch_input_error()
    {
        Assert.Equal(6, BatchScreeningJobs.Parse("batch.csv", BatchCsv).Count(r => r.Error is null && r.Input.TryCreate(out _, out _)));
        Mutation.Edits(8).Sample(
            edits =>
            {
                IReadOnlyList<BatchScreeningJobs.BatchRow>? rows = null;
                Guard.Run("batch.csv", () => rows = BatchScreeningJobs.Parse("batch.csv", Mutation.Apply(BatchCsv, edits)), typeof(BatchInputException));
                foreach (var row in rows ?? [])
                {
                    Guard.Run("batch.csv row", () => row.Input.TryCreate(out _, out _));
                }
            },
            iter: Mutation.Iterations(600),
            threads: 1);
    }

    [Fact]
    public void Hostile_batch_csv_files_are_read_or_refused_with_a_batch_input_error()
    {
        string[] hostile =
        [
            "\uFEFFid,name\r\n1,A\r\n",
            "id,name\n1,\"" + new string('x', 2 << 20) + "\"\n",
            "id,name\n1," + new string('x', 2 << 20) + "\n",
            "id,name\n1,\"unterminated\n",
            "id,name\r1,A\r2,B\r",
            "id,name\n1,A\0B\n",
            "id,id\n1,2\n",
            "name\nA\n",
            "\n\n\n",
            "id,name\n" + string.Concat(Enumerable.Repeat(",\n", 1000)),
        ];
        foreach (var text in hostile)
        {
            Guard.Run("batch.csv", () => BatchScreeningJobs.Parse("batch.csv", Encoding.UTF8.GetBytes(text)), typeof(BatchInputException));
        }

        Guard.Run("batch.csv", () => BatchScreeningJobs.Parse("batch.csv", [.. "id,name\n1,"u8, 0xC3, 0x28, 0xFF, .. "\n"u8]), typeof(BatchInputException));
    }

    [Fact]
    public void A_mutated_screening_request_body_is_bound_or_refused_and_each_subject_is_checked()
    {
        var bound = JsonSerializer.Deserialize<BatchScreenRequest>(BatchBody, WebJson)!;
        Assert.All(bound.Subjects, s => Assert.True(s.TryCreate(out _, out var error), error));
        Mutation.Edits(8).Sample(
            edits =>
            {
                var body = Mutation.Apply(BatchBody, edits);
                BatchScreenRequest? request = null;
                Guard.Run("batch request body", () => request = JsonSerializer.Deserialize<BatchScreenRequest>(body, WebJson), typeof(JsonException));
                foreach (var subject in request?.Subjects ?? [])
                {
                    Guard.Run("batch subject", () => subject?.TryCreate(out _, out _));
                }

                ScreenRequest? single = null;
                Guard.Run("screen request body", () => single = JsonSerializer.Deserialize<ScreenRequest>(body, WebJson), typeof(JsonException));
                Guard.Run("screen subject", () => single?.TryCreate(out _, out _));
            },
            iter: Mutation.Iterations(600),
            threads: 1);
    }

    [Fact]
    public void Any_name_that_passes_the_input_checks_is_screened_and_compared_without_an_exception()
    {
        var entities = Cordon.Lists.ListLoader.Default.Load(new Cordon.Lists.SourceFile("sdn.csv", Mutation.Head(SharedData.Path("lists", "ofac-sdn-2021-07", "sdn.csv"), 300)))
            .Snapshots.SelectMany(s => s.Entities).ToArray();
        var matcher = Cordon.Matching.Matcher.Default;
        var index = matcher.BuildIndex(entities);
        var names = entities.Select(e => Encoding.UTF8.GetBytes(e.PrimaryName)).ToArray();
        var hostile = Gen.OneOf(
            Gen.Const(string.Empty), Gen.Const(" "), Gen.Const("\u0301\u0301\u0301"), Gen.Const("ﷺ"), Gen.Const(new string('ﷺ', 500)), Gen.Const("\ud800"), Gen.Const("\udc00a"),
            Gen.Const("-'.,()&/"), Gen.Const("김정은"), Gen.Const("金正恩"), Gen.Const("ⅫⅫⅫ"), Gen.Const("\u200B\u200D\uFEFF"), Gen.Const("İıǅß"), Gen.Const("A\u0000B"),
            Gen.Const(string.Concat(Enumerable.Repeat("a ", 250))), Gen.Const(string.Concat(Enumerable.Repeat("\U0001F600", 250))), Gen.String);
        Gen.Select(Gen.Int[0, names.Length - 1], Mutation.Edits(), hostile, Gen.Int[0, 4]).Sample(
            pick =>
            {
                var (which, edits, extra, kind) = pick;
                var mutated = Encoding.UTF8.GetString(Mutation.Apply(names[which], edits));
                foreach (var name in new[] { mutated, extra, mutated + " " + extra })
                {
                    var input = new SubjectInput { Name = name, Type = ((Cordon.Core.SubjectKind)kind).ToString(), DateOfBirth = "1984-01-08", Nationality = extra };
                    if (input.TryCreate(out var subject, out _))
                    {
                        Guard.Run("screening", () => index.Screen(subject, 5, 0.5));
                        Guard.Run("name comparison", () => matcher.ExplainNames(subject.Name, entities[which].PrimaryName, subject.Kind));
                    }
                }
            },
            iter: Mutation.Iterations(400),
            threads: 1);
    }

    private static JsonSerializerOptions Configured()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        CordonJson.Configure(options);
        return options;
    }
}
