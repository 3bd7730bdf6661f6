using System.Collections;
using Cordon.Core;

namespace Cordon.Storage.Tests;

/// <summary>
/// A list of entities that cancels a token once it has been read <c>cancelAfterReads</c> times in all:
/// with a threshold above the list's length, the cancellation falls in the store's insertion pass, after its validation pass.
/// </summary>
internal sealed class CancellingList(IReadOnlyList<ListedEntity> inner, CancellationTokenSource source, int cancelAfterReads) : IReadOnlyList<ListedEntity>
{
    private int reads;

    public int Reads => reads;

    public int Count => inner.Count;

    public ListedEntity this[int index]
    {
        get
        {
            if (Interlocked.Increment(ref reads) == cancelAfterReads)
            {
                source.Cancel();
            }

            return inner[index];
        }
    }

    public IEnumerator<ListedEntity> GetEnumerator()
    {
        for (var i = 0; i < inner.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
