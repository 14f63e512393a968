using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OutlookReferral.Emulator;

/// <summary>
/// <c>$search</c> on a folder's messages, the part of KQL the product uses: <c>"participants:a OR from:b"</c> with the
/// address properties Graph names (https://learn.microsoft.com/en-us/graph/search-query-parameter#using-search-on-message-collections:
/// participants covers from, to, cc and bcc; recipients covers to, cc and bcc). Graph sorts the results by sent date,
/// returns at most 1,000 of them (250 in older documentation), and refuses $search with $filter or $orderby.
/// </summary>
internal sealed partial class MessageSearch
{
    public const int MostResults = 1000;

    private readonly List<(string Property, string Value)> terms;

    private MessageSearch(List<(string, string)> terms) => this.terms = terms;

    [GeneratedRegex(@"^(?<p>participants|from|to|cc|recipients):(?<v>[^\s""]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Term();

    [GeneratedRegex(@"\s+OR\s+")]
    private static partial Regex Or();

    /// <summary>The search a query asks for; null when it has no $search.</summary>
    public static MessageSearch? Parse(ODataQuery query)
    {
        if (!query.Parameters.TryGetValue("$search", out var text))
        {
            return null;
        }
        if (query.Filter.Count > 0 || query.OrderBy.Count > 0)
        {
            throw new GraphErrorException(400, "ErrorInvalidUrlQuery", "$search cannot be combined with $filter or $orderby on messages.");
        }
        var quoted = text.Trim();
        if (quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"')
        {
            throw new GraphErrorException(400, "BadRequest", "A message $search is a quoted KQL string: $search=\"participants:...\".");
        }
        var terms = new List<(string, string)>();
        foreach (var part in Or().Split(quoted[1..^1].Trim()))
        {
            var match = Term().Match(part.Trim());
            if (!match.Success)
            {
                throw new GraphErrorException(400, "BadRequest", $"The demo mailbox searches only address properties joined by OR, not '{part}'.");
            }
            terms.Add((match.Groups["p"].Value.ToLowerInvariant(), match.Groups["v"].Value));
        }
        return new MessageSearch(terms);
    }

    /// <summary>The matching messages, newest sent first, at most <see cref="MostResults"/>.</summary>
    public StoredMessage[] Run(IEnumerable<StoredMessage> messages) =>
        messages.Where(m => terms.Any(t => Matches(m.Json, t.Property, t.Value)))
            .OrderByDescending(m => m.Sent ?? m.Received)
            .Take(MostResults)
            .ToArray();

    private static readonly string[] Participants = ["from", "toRecipients", "ccRecipients", "bccRecipients"];
    private static readonly string[] Recipients = ["toRecipients", "ccRecipients", "bccRecipients"];
    private static readonly string[] From = ["from"];
    private static readonly string[] To = ["toRecipients"];
    private static readonly string[] Cc = ["ccRecipients"];

    // Run over every message of a folder (100,000 in the bench): read in place, nothing made per message.
    private static bool Matches(JsonObject message, string property, string address)
    {
        var fields = property switch
        {
            "participants" => Participants,
            "recipients" => Recipients,
            "from" => From,
            "to" => To,
            _ => Cc,
        };
        foreach (var field in fields)
        {
            switch (message[field])
            {
                case JsonArray list:
                    foreach (var recipient in list)
                    {
                        if (IsAddress(recipient, address))
                        {
                            return true;
                        }
                    }
                    break;
                case JsonObject one when IsAddress(one, address):
                    return true;
            }
        }
        return false;
    }

    private static bool IsAddress(JsonNode? recipient, string address) =>
        recipient is JsonObject { } r && r["emailAddress"] is JsonObject email && email["address"] is JsonValue value
        && value.TryGetValue<string>(out var text) && string.Equals(text, address, StringComparison.OrdinalIgnoreCase);
}
