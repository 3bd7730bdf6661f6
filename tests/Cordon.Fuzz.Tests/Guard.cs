namespace Cordon.Fuzz.Tests;

/// <summary>Runs one case with a time limit and lets only the documented exception types through.</summary>
internal static class Guard
{
    /// <summary>Longest one parse may take: far above any real file of the sizes fuzzed here, far below a hang.</summary>
    public static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(15);

    public static void Run(string what, Action parse, params Type[] documented)
    {
        Exception? thrown = null;
        var task = Task.Run(() =>
        {
            try
            {
                parse();
            }
            catch (Exception e)
            {
                thrown = e;
            }
        });
        if (!task.Wait(CaseTimeout))
        {
            throw new TimeoutException($"{what}: one case ran over {CaseTimeout.TotalSeconds} s (a hang or an expansion).");
        }

        if (thrown is not null && !documented.Any(t => t.IsInstanceOfType(thrown)))
        {
            throw new InvalidOperationException($"{what}: undocumented {thrown.GetType().Name}: {thrown.Message}", thrown);
        }
    }
}
