namespace Cordon.Storage;

/// <summary>Why an alert was raised.</summary>
public enum AlertKind
{
    /// <summary>A subject now matches an entry it did not match before.</summary>
    NewMatch,

    /// <summary>A subject no longer matches an entry (delisted, or the entry changed).</summary>
    RemovedMatch,
}
