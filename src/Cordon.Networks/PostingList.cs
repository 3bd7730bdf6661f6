namespace Cordon.Networks;

/// <summary>
/// The records holding one value, with their distinct count (the value's document frequency). Most values are held by
/// one record, so the first posting is kept inline and a list is made only for the second. Postings are kept until more
/// records hold the value than the largest frequency limit can be (the cap): past it the value is common at any
/// population size, and only its count is kept.
/// </summary>
internal sealed class PostingList(bool isAddress, bool isIdentifier)
{
    private Posting first;
    private List<Posting>? more;
    private int lastRecord = -1;

    /// <summary>True for a postal address (its limits are the address limits).</summary>
    public bool IsAddress { get; } = isAddress;

    /// <summary>True for a person's own identifier (e-mail, phone, device, account, wallet, document): only the cap applies.</summary>
    public bool IsIdentifier { get; } = isIdentifier;

    /// <summary>The number of postings kept (none once saturated).</summary>
    public int Count { get; private set; }

    public Posting this[int i] => i == 0 ? first : more![i - 1];

    public int DistinctRecords { get; private set; }

    /// <summary>True once more records than the cap hold the value: it links nothing at any size, and its items are dropped.</summary>
    public bool Saturated { get; private set; }

    /// <summary>
    /// Adds a posting; postings of one record must be added together. Returns the postings held (the new one included)
    /// when this addition makes the value common, that is when <paramref name="limit"/> + 1 distinct records now hold it;
    /// otherwise null. Past <paramref name="cap"/> distinct records the postings are dropped.
    /// </summary>
    public List<Posting>? Add(Posting posting, int limit, int cap)
    {
        var newRecord = posting.Record != lastRecord;
        if (newRecord)
        {
            DistinctRecords++;
            lastRecord = posting.Record;
        }

        if (Saturated)
        {
            return null;
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
        List<Posting>? crossed = newRecord && DistinctRecords == limit + 1 ? [first, .. more ?? []] : null;
        if (DistinctRecords > cap)
        {
            Saturated = true;
            Count = 0;
            more = null;
            first = default;
        }

        return crossed;
    }
}
