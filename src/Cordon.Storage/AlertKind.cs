namespace Cordon.Storage;

/// <summary>Why an alert was raised.</summary>
public enum AlertKind
{
    /// <summary>A subject now matches an entry it did not match before.</summary>
    NewMatch,

    /// <summary>A subject no longer matches an entry (delisted, or the entry changed).</summary>
    RemovedMatch,

    /// <summary>
    /// A sharing-hub indicator the organisation may read matches one of its stored records (hub correlation): the subject is
    /// the record id, the list the hub collection (<c>hub:</c>id), the entry the indicator id; <see cref="Alert.Details"/> holds
    /// the pattern and the matched values.
    /// </summary>
    HubIndicatorMatch,
}
