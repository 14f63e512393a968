namespace OutlookReferral.Platform;

/// <summary>
/// A setting the API cannot start with. Program.cs prints its message as one line and exits with 1: the person
/// who started it needs to know what to change, not where in our code it was noticed.
/// </summary>
public sealed class StartupRefusal(string message) : InvalidOperationException(message);
