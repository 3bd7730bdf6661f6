namespace Cordon.Accounts;

/// <summary>
/// Limits password checks before any hashing is done: at most <see cref="ChecksPerAddress"/> checks from one client address,
/// and at most <see cref="FailuresPerAccount"/> failures for one user name from all addresses together, in each fixed
/// <see cref="Window"/>. Every way a password is checked (the sign-in page, <c>POST /api/session</c>, HTTP Basic, a change of
/// one's own password) goes through it, so none of them can be used to load the server with PBKDF2 or to guess faster.
/// </summary>
/// <remarks>
/// The counts live in this process: each instance of a deployment limits on its own (the lock-outs per address and user name
/// are in the database and hold across instances). A refusal tells nothing about the password, which is not even checked.
/// </remarks>
public sealed class SignInThrottle
{
    private const int PruneAbove = 10_000;

    private readonly TimeProvider _time;
    private readonly Dictionary<string, Counter> _counters = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Creates the throttle.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit or the window is not positive.</exception>
    public SignInThrottle(int checksPerAddress, int failuresPerAccount, TimeSpan window, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(checksPerAddress, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(failuresPerAccount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        ChecksPerAddress = checksPerAddress;
        FailuresPerAccount = failuresPerAccount;
        Window = window;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Password checks allowed from one client address in a window.</summary>
    public int ChecksPerAddress { get; }

    /// <summary>Failed checks allowed for one user name, from all addresses, in a window.</summary>
    public int FailuresPerAccount { get; }

    /// <summary>The fixed window both limits count in.</summary>
    public TimeSpan Window { get; }

    /// <summary>
    /// Takes one password check for <paramref name="userName"/> from <paramref name="remoteAddress"/>, or refuses it and says
    /// when to retry. <paramref name="firstRefusal"/> is true for the first refusal of a window (the one worth auditing: the
    /// rest of a flood would only fill the log).
    /// </summary>
    public bool TryAcquire(string remoteAddress, string userName, out TimeSpan retryAfter, out bool firstRefusal)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            Prune(now);
            var address = CounterOf("a:" + remoteAddress, now);
            var account = CounterOf("u:" + userName, now);
            var refused = address.Count >= ChecksPerAddress ? address : account.Count >= FailuresPerAccount ? account : null;
            if (refused is not null)
            {
                retryAfter = refused.Start + Window - now;
                firstRefusal = refused.Refusals++ == 0;
                return false;
            }

            address.Count++;
            retryAfter = TimeSpan.Zero;
            firstRefusal = false;
            return true;
        }
    }

    /// <summary>Counts a failed check against <paramref name="userName"/> (from whatever address).</summary>
    public void RecordFailure(string userName)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            CounterOf("u:" + userName, now).Count++;
        }
    }

    private Counter CounterOf(string key, DateTimeOffset now)
    {
        if (!_counters.TryGetValue(key, out var counter) || counter.Start + Window <= now)
        {
            counter = new Counter(now);
            _counters[key] = counter;
        }

        return counter;
    }

    private void Prune(DateTimeOffset now)
    {
        if (_counters.Count > PruneAbove)
        {
            foreach (var (key, counter) in _counters.Where(c => c.Value.Start + Window <= now).ToList())
            {
                _counters.Remove(key);
            }
        }
    }

    private sealed class Counter(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; } = start;

        public int Count { get; set; }

        public int Refusals { get; set; }
    }
}
