namespace Cordon.Networks;

/// <summary>Disjoint sets over record indices, with path halving and union by size.</summary>
internal sealed class UnionFind
{
    private readonly List<int> parent = [];
    private readonly List<int> size = [];
    private readonly List<List<int>?> members = [];

    public int Count => parent.Count;

    public int AddOne()
    {
        members.Add([parent.Count]);
        parent.Add(parent.Count);
        size.Add(1);
        return parent.Count - 1;
    }

    public void Reset()
    {
        for (var i = 0; i < parent.Count; i++)
        {
            parent[i] = i;
            size[i] = 1;
            members[i] = [i];
        }
    }

    /// <summary>The members of the set of <paramref name="x"/>, in no particular order.</summary>
    public IReadOnlyList<int> Members(int x) => members[Find(x)]!;

    public int SizeOf(int x) => size[Find(x)];

    /// <summary>Makes every record of <paramref name="scope"/> a set of its own again; the scope must hold whole sets.</summary>
    public void Detach(IEnumerable<int> scope)
    {
        foreach (var i in scope)
        {
            parent[i] = i;
            size[i] = 1;
            members[i] = [i];
        }
    }

    public int Find(int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    public void Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb)
        {
            return;
        }

        if (size[ra] < size[rb] || (size[ra] == size[rb] && rb < ra))
        {
            (ra, rb) = (rb, ra);
        }

        parent[rb] = ra;
        size[ra] += size[rb];
        members[ra]!.AddRange(members[rb]!);
        members[rb] = null;
    }
}
