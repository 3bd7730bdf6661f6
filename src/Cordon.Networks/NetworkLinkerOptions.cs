namespace Cordon.Networks;

/// <summary>Settings of the linker.</summary>
public sealed record NetworkLinkerOptions
{
    /// <summary>The default options.</summary>
    public static NetworkLinkerOptions Default { get; } = new();

    /// <summary>
    /// Frequency discount, the cap: a value held by more than this many distinct records is treated as common (a corporate
    /// NAT, a shared office, a webmail pattern, a résumé template) and links nothing, at any population size. In smaller
    /// populations the limit is lower (see <see cref="CommonShare"/>). Default 30.
    /// </summary>
    public int DocumentFrequencyLimit { get; init; } = 30;

    /// <summary>
    /// Frequency cap for postal addresses, lower than the general one: an address shared by more than a household or a
    /// small office (a parcel forwarder, a business centre) says little about who runs the records. Default 10.
    /// </summary>
    public int AddressFrequencyLimit { get; init; } = 10;

    /// <summary>
    /// Frequency discount relative to the population: a value held by more than this share of all linked records is
    /// common even below the caps (in 500 records, a résumé phrase found in 12 is boilerplate, not one party's work).
    /// 0 turns the relative limit off (the caps alone). Default 0.01 (one record in a hundred).
    /// </summary>
    public double CommonShare { get; init; } = 0.01;

    /// <summary>
    /// The lowest the relative limit goes: a value held by up to this many records is never common for being a large
    /// share of a small population (a household, a small office or a small ring share values in any population). Default 10.
    /// </summary>
    public int MinFrequencyLimit { get; init; } = 10;

    /// <summary>The limit in a population of <paramref name="population"/> records for values capped at <paramref name="cap"/>.</summary>
    internal int LimitFor(int cap, int population)
    {
        if (CommonShare <= 0)
        {
            return cap;
        }

        // Rounded before the ceiling so that 0.01 × 1000 is 10, not 11 through binary fractions.
        var share = (long)Math.Ceiling(Math.Round(CommonShare * population, 6));
        return (int)Math.Min(cap, Math.Max(MinFrequencyLimit, share));
    }

    /// <summary>Largest Hamming distance at which two 64-bit perceptual hashes count as the same image. Default 4.</summary>
    public int MaxImageHammingDistance { get; init; } = 4;

    /// <summary>
    /// Smallest Jaccard similarity of the distinctive résumé shingles (those in at most <see cref="DocumentFrequencyLimit"/>
    /// résumés) that counts as a near-duplicate. Default 0.6.
    /// </summary>
    public double ResumeSimilarity { get; init; } = 0.6;

    /// <summary>Smallest number of distinctive shingles two résumés must share to be near-duplicates. Default 4.</summary>
    public int MinResumeDistinctiveShared { get; init; } = 4;

    /// <summary>
    /// Smallest number of distinct word 3-shingles a résumé needs to be compared at all: short texts made of stock
    /// phrases ("Open to contract work.") are near-duplicates of thousands of others and prove nothing. Default 12.
    /// </summary>
    public int MinResumeShingles { get; init; } = 12;

    /// <summary>
    /// Resolves a session IP to what IP data says about its network (autonomous system, VPN and hosting flags), in memory
    /// and without I/O (the product passes <see cref="Cordon.Intelligence.IpIntelligence.Lookup(string)"/>). It decides two
    /// things: the same IP of a commercial VPN provider on the same day is only weak support (strangers share those exits),
    /// and records whose sessions come from the same autonomous system of an ordinary network gain weak
    /// <see cref="LinkKinds.Asn"/> support (never for VPN or hosting networks). No IP is a VPN exit and no ASN is used when null.
    /// </summary>
    public Func<string, Cordon.Intelligence.IpInfo?>? IpLookup { get; init; }

    /// <summary>
    /// The largest autonomous system, in IPv4 addresses held (<see cref="Cordon.Intelligence.IpInfo.AsnIpv4Addresses"/>),
    /// whose sharing counts as <see cref="LinkKinds.Asn"/> support. Default 65,536 (a /16: a regional ISP, a university,
    /// a company; national consumer ISPs and clouds hold millions). It holds at any population size, where the frequency
    /// discount can only tell a network is big once many records use it. An AS of unknown size is judged by frequency alone.
    /// </summary>
    public long MaxAsnIpv4Addresses { get; init; } = 65_536;

    /// <summary>The default options, with IP networks resolved through <paramref name="ipIntelligence"/> when given.</summary>
    /// <param name="ipIntelligence">IP intelligence; null for the defaults.</param>
    /// <returns>The options.</returns>
    public static NetworkLinkerOptions For(Cordon.Intelligence.IpIntelligence? ipIntelligence) =>
        ipIntelligence is null ? Default : new NetworkLinkerOptions { IpLookup = ipIntelligence.Lookup };

    /// <summary>Width in days of the time windows in which the same IP links records (sessions fall in fixed windows since 1970-01-01 UTC). Default 1.</summary>
    public int IpWindowDays { get; init; } = 1;
}
