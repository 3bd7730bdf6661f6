namespace Cordon.Networks;

/// <summary>
/// The records holding one value, with their distinct count (the value's document frequency). Most values are held by
/// one record, so the first posting is kept inline and a list is made only for the second.
/// </summary>
internal sealed class PostingList
{
    private Posting first;
    private List<Posting>? more;
    private int lastRecord = -1;

    /// <summary>The number of postings kept (none once saturated).</summary>
    public int Count { get; private set; }

    public Posting this[int i] => i == 0 ? first : more![i - 1];

    public int DistinctRecords { get; private set; }

    /// <summary>True once more than the frequency limit of records hold the value: it links nothing, and its items are dropped.</summary>
    public bool Saturated { get; private set; }

    /// <summary>Adds a posting; postings of one record must be added together. Returns true when this addition saturated the list.</summary>
    public bool Add(Posting posting, int limit) => Add(posting, limit, out _);

    /// <summary>Adds a posting; when this addition saturates the list, <paramref name="dropped"/> holds the postings it had.</summary>
    public bool Add(Posting posting, int limit, out List<Posting>? dropped)
    {
        dropped = null;
        if (posting.Record != lastRecord)
        {
            DistinctRecords++;
            lastRecord = posting.Record;
        }

        if (Saturated)
        {
            return false;
        }

        if (Count == 0)
        {
            first = posting;
        }
        else
        {
            (more ??= new List<Posting>(2)).Add(posting);
        }

        Count++;
        if (DistinctRecords > limit)
        {
            dropped = [first, .. more ?? []];
            Saturated = true;
            Count = 0;
            more = null;
            first = default;
            return true;
        }

        return false;
    }
}
