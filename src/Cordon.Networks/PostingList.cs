namespace Cordon.Networks;

/// <summary>The records holding one value, with their distinct count (the value's document frequency).</summary>
internal sealed class PostingList
{
    public List<Posting> Items { get; } = [];

    public int DistinctRecords { get; private set; }

    /// <summary>True once more than the frequency limit of records hold the value: it links nothing, and its items are dropped.</summary>
    public bool Saturated { get; private set; }

    private int lastRecord = -1;

    /// <summary>Adds a posting; postings of one record must be added together. Returns true when this addition saturated the list.</summary>
    public bool Add(Posting posting, int limit)
    {
        if (posting.Record != lastRecord)
        {
            DistinctRecords++;
            lastRecord = posting.Record;
        }

        if (Saturated)
        {
            return false;
        }

        Items.Add(posting);
        if (DistinctRecords > limit)
        {
            Saturated = true;
            Items.Clear();
            Items.TrimExcess();
            return true;
        }

        return false;
    }
}
