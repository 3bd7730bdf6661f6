namespace Cordon.Screening;

/// <summary>Something the caller named (a list, a version, an entry) is not stored. The message says which.</summary>
public sealed class NotFoundException(string message) : Exception(message);
