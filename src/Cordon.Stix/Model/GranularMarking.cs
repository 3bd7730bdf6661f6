namespace Cordon.Stix.Model;

/// <summary>A granular marking (STIX 2.1 section 7.2.3): a marking or a language applied to the properties named by selectors.</summary>
/// <param name="MarkingRef">The marking-definition identifier, when a marking is applied.</param>
/// <param name="Lang">The language code, when a language is applied.</param>
/// <param name="Selectors">Selectors such as <c>description</c> or <c>external_references.[0].url</c>.</param>
public sealed record GranularMarking(string? MarkingRef, string? Lang, IReadOnlyList<string> Selectors);
