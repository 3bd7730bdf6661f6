using System.Text.Json.Nodes;

namespace Cordon.Hub.Correlation;

/// <summary>One identifier of an applicant or account record as a STIX cyber-observable, for matching against indicators.</summary>
/// <param name="Kind">What it is: email, domain, phone, ip, url, wallet, bank-account, or keyed-email, keyed-phone, keyed-account-number, keyed-document-number.</param>
/// <param name="Path">Where the value is in the record (JSON path).</param>
/// <param name="Value">The value as the record gives it.</param>
/// <param name="Observable">The observable (<c>type</c> and its properties).</param>
public sealed record RecordObservable(string Kind, string Path, string Value, JsonObject Observable);
