namespace OutlookReferral.Core;

public readonly record struct MailHeader(string Name, string Value);
