namespace OutlookReferral.Emulator;

/// <summary>One comparison of a $filter: <c>receivedDateTime ge 2026-07-01T00:00:00Z</c>.</summary>
public sealed record FilterClause(string Property, string Operator, object Value);
