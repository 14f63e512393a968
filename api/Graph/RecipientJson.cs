namespace OutlookReferral.Graph;

internal sealed record RecipientJson(EmailAddressJson? EmailAddress);
