using Cordon.Core;

namespace Cordon.Storage;

/// <summary>A customer or counterparty kept under watch: re-screened whenever a list changes.</summary>
/// <param name="Id">The caller's own identifier (customer number…).</param>
/// <param name="Subject">What is screened.</param>
/// <param name="CreatedAt">When it was first stored.</param>
public sealed record WatchSubject(string Id, ScreeningSubject Subject, DateTimeOffset CreatedAt);
