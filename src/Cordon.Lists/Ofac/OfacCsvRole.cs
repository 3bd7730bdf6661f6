namespace Cordon.Lists.Ofac;

/// <summary>Which of the legacy OFAC CSV files a file is, told apart by its columns.</summary>
internal enum OfacCsvRole
{
    /// <summary><c>sdn.csv</c> / <c>cons_prim.csv</c>: 12 columns, one line per entry.</summary>
    Primary,

    /// <summary><c>add.csv</c> / <c>cons_add.csv</c>: 6 columns.</summary>
    Address,

    /// <summary><c>alt.csv</c> / <c>cons_alt.csv</c>: 5 columns, the third aka/fka/nka.</summary>
    Alias,

    /// <summary><c>sdn_comments.csv</c> / <c>cons_comments.csv</c>: 2 columns, remarks overflow.</summary>
    Comments,
}
