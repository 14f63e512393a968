namespace OutlookReferral.Core;

/// <summary>One internet message header of a mail, as Graph gives it (Auto-Submitted, List-Id...).</summary>
public readonly record struct MailHeader(string Name, string Value);
