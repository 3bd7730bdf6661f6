namespace Cordon.Cli;

/// <summary>A mistake in what the user gave (file, column, option); its message says what and where.</summary>
internal sealed class UserInputException(string message) : Exception(message);
