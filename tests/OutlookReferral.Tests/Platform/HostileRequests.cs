using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookReferral.Tests.Platform;

/// <summary>One operation of /openapi/v1.json: its method, path template, parameters and body schema.</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<(string Name, string In, JsonNode? Schema)> Parameters, JsonNode? Body)
{
    public static IReadOnlyList<ApiOperation> FromOpenApi(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(op => new ApiOperation(
            op.Key.ToUpperInvariant(), path.Key,
            (op.Value!["parameters"]?.AsArray() ?? []).Select(p => ((string)p!["name"]!, (string)p["in"]!, p["schema"])).ToList(),
            op.Value["requestBody"]?["content"]?["application/json"]?["schema"]))).ToList();

    public override string ToString() => $"{Method} {Path}";
}

/// <summary>
/// Builds hostile requests for an operation from its OpenAPI description: wrong types, missing and null fields, huge
/// strings, deep nesting, broken UTF-8, NUL, bidi controls, SQL and path metacharacters, out-of-range numbers and
/// dates, wrong media types, many parameters, and headers of another site. All from one seeded Random.
/// </summary>
public sealed class HostileRequests(JsonNode openApi, Random random, Func<string, string?> realId)
{
    private static readonly string[] Strings =
    [
        "", " ", "\t\r\n", "a\0b", "\0", "Bob\u202Egnp.exe", "\u2066\u2067\u2068", "' OR 1=1 --", "'; DROP TABLE referrals; --",
        "\" OR \"\"=\"", "1; SELECT * FROM reps", "../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2f", "/api/../../",
        "<script>alert(1)</script>", "{SourceName}{Nope}{", "%s%n%x{0}", "a\r\nSet-Cookie: x=1", "😀👍🏽", "e\u0301\u0301\u0301",
        "\uFEFF", "kim@fabrikam.com", "Kim Lee <kim@fabrikam.com>", "@", "a@b", "x@y.z", "-1", "1e309", "NaN", "null", "true",
        "0001-01-01", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59Z", "2026-02-30T00:00:00Z", "1970-01-01T00:00:00Z",
        "second-note", "SECOND-NOTE", "no-show", "won", "lost", "not-now", "met",
    ];

    private static readonly string[] RawBodies =
    [
        "", "null", "[]", "123", "\"text\"", "{", "{\"a\":", "{\"subject\":\"x\",}", "{'subject':'x'}", "{/*c*/}", "{\"a\":NaN}",
        "{\"a\":1e99999}", "{\"a\":-9223372036854775809}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u0000\"}", "{\"to\":[1,2,3]}",
        "{\"prospect\":\"kim\"}", "{\"introducedAt\":12}", "{\"until\":true}", "{\"force\":\"yes\"}", "{\"step\":{}}", "true",
    ];

    private static readonly string[] MediaTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/json; charset=latin1", "application/json-patch+json", "application/octet-stream", "text/html",
    ];

    /// <summary>A hostile request for the operation, and one line saying what it is (for a failure message).</summary>
    public (HttpRequestMessage Request, string Description) For(ApiOperation operation, bool fromAnotherSite = false)
    {
        var notes = new List<string>();
        var path = Fill(operation, notes);
        var query = Query(operation, notes);
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), path + query);
        if (operation.Body is not null || random.Next(5) == 0)
        {
            request.Content = Body(operation.Body, notes);
        }
        if (fromAnotherSite || random.Next(12) == 0)
        {
            ForeignHeaders(request, notes);
        }
        return (request, $"{operation} → {path}{Clip(query)} [{string.Join("; ", notes)}]");
    }

    private string Fill(ApiOperation operation, List<string> notes) =>
        System.Text.RegularExpressions.Regex.Replace(operation.Path, @"\{(\w+)\}", m =>
        {
            // Often a real id, so the request goes past "not found"; else anything. NUL never reaches the app in a
            // path (Kestrel answers 400 itself), so it is left out here.
            // Deletions rarely get one, or the records would all be gone early in the run.
            var value = random.Next(operation.Method == "DELETE" ? 40 : 4) == 0 && realId(m.Groups[1].Value) is { } real ? real : HostileString().Replace("\0", "", StringComparison.Ordinal);
            notes.Add($"{m.Groups[1].Value}={Clip(value)}");
            return EscapeSegment(value);
        });

    private string Query(ApiOperation operation, List<string> notes)
    {
        var pairs = new List<string>();
        foreach (var (name, place, schema) in operation.Parameters.Where(p => p.In == "query"))
        {
            if (random.Next(3) == 0)
            {
                continue;
            }
            var repeats = TypeOf(schema) == "array" ? random.Next(1, random.Next(2) == 0 ? 4 : 520) : 1;
            for (var i = 0; i < repeats; i++)
            {
                pairs.Add($"{name}={Uri.EscapeDataString(Safe(HostileString()))}");
            }
            notes.Add($"{name}×{repeats}");
        }
        if (random.Next(6) == 0)
        {
            var many = random.Next(50, 1500);
            pairs.AddRange(Enumerable.Range(0, many).Select(i => $"p{i}={Uri.EscapeDataString(Safe(Strings[random.Next(Strings.Length)]))}"));
            notes.Add($"{many} extra parameters");
        }
        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
    }

    private HttpContent Body(JsonNode? schema, List<string> notes)
    {
        switch (random.Next(10))
        {
            case 0:
                var raw = RawBodies[random.Next(RawBodies.Length)];
                notes.Add($"raw body {raw}");
                return Json(Encoding.UTF8.GetBytes(raw));
            case 1:
                notes.Add("broken UTF-8");
                return Json([.. "{\"subject\":\""u8, 0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80, .. "\",\"body\":\"x\"}"u8]);
            case 2:
                var depth = random.Next(2) == 0 ? 64 : 5000;
                notes.Add($"nested {depth} deep");
                return Json(Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth)));
            case 3:
                var media = MediaTypes[random.Next(MediaTypes.Length)];
                notes.Add($"as {media}");
                var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Valid(schema)?.ToJsonString() ?? "subject=x&body=y"));
                content.Headers.TryAddWithoutValidation("Content-Type", media);
                return content;
            default:
                var body = Valid(schema) as JsonObject ?? [];
                Mutate(body, notes);
                return Json(Encoding.UTF8.GetBytes(body.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));
        }
    }

    /// <summary>One to three fields changed: dropped, nulled, retyped, or given a hostile value; sometimes many unknown ones added.</summary>
    private void Mutate(JsonObject body, List<string> notes)
    {
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var keys = body.Select(p => p.Key).ToList();
            var key = keys.Count > 0 && random.Next(4) > 0 ? keys[random.Next(keys.Count)] : $"extra{random.Next(100)}";
            var target = body[key] is JsonObject nested && random.Next(2) == 0 && nested.Count > 0 ? nested : body;
            if (!ReferenceEquals(target, body))
            {
                key = target.Select(p => p.Key).ElementAt(random.Next(target.Count));
            }
            var value = HostileNode();
            if (value is null && random.Next(2) == 0)
            {
                target.Remove(key);
                notes.Add($"-{key}");
            }
            else
            {
                target[key] = value;
                notes.Add($"{key}={Clip(value?.ToJsonString() ?? "null")}");
            }
        }
        if (random.Next(15) == 0)
        {
            for (var i = 0; i < 2000; i++)
            {
                body[$"unknown{i}"] = i;
            }
            notes.Add("2000 unknown fields");
        }
    }

    private JsonNode? HostileNode() => random.Next(12) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(random.Next(3) switch { 0 => long.MinValue, 1 => -1, _ => int.MaxValue }),
        3 => JsonValue.Create(random.Next(2) == 0 ? double.MaxValue : 1.5),
        4 => new JsonArray(JsonValue.Create(HostileString()), null, 3),
        5 => new JsonObject { ["name"] = HostileString(), ["address"] = HostileString() },
        6 => JsonValue.Create(new string('x', random.Next(2) == 0 ? 10_000 : 300_000)),
        7 => JsonValue.Create(DateTimeOffset.MinValue.AddYears(random.Next(3000)).ToString("O", CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(HostileString()),
    };

    private string HostileString() =>
        random.Next(10) == 0 ? new string((char)random.Next(0x20, 0x2FFF), random.Next(1, 1200)) : Strings[random.Next(Strings.Length)];

    /// <summary>A body the schema would accept, with plausible values, for mutations to start from.</summary>
    private JsonNode? Valid(JsonNode? schema)
    {
        schema = Resolve(schema);
        if (schema is null)
        {
            return null;
        }
        if (schema["properties"] is JsonObject properties)
        {
            var body = new JsonObject();
            foreach (var (name, property) in properties)
            {
                body[name] = TypeOf(Resolve(property)) == "object" || Resolve(property)?["properties"] is not null
                    ? Valid(property)
                    : Plausible(name, Resolve(property));
            }
            return body;
        }
        return null;
    }

    private static JsonNode? Plausible(string name, JsonNode? schema) => name switch
    {
        _ when schema?["format"] is JsonValue format && (string?)format == "date-time" => JsonValue.Create(ApiFactory.DemoNow.AddDays(name == "until" ? 3 : -2)),
        "address" => "kim.fuzz@fabrikam.com",
        "name" => "Kim Fuzz",
        "to" or "cc" => new JsonArray("Kim Fuzz <kim.fuzz@fabrikam.com>"),
        "step" => "second-note",
        "outcome" => "lost",
        "subject" => "Following up {SourceName}",
        "body" => "<p>Hello {ProspectFirstName}</p>",
        "force" => false,
        _ => "x",
    };

    /// <summary>The schema's type; OpenAPI 3.1 writes a nullable one as ["null", "string"].</summary>
    private static string? TypeOf(JsonNode? schema) => schema?["type"] switch
    {
        JsonValue one => (string?)one,
        JsonArray many => many.Select(t => (string?)t).FirstOrDefault(t => t != "null"),
        _ => null,
    };

    private JsonNode? Resolve(JsonNode? schema)
    {
        if (schema?["$ref"] is { } reference)
        {
            return openApi["components"]!["schemas"]![((string)reference!).Split('/')[^1]];
        }
        return schema?["oneOf"] is JsonArray choices ? Resolve(choices.FirstOrDefault(c => c?["$ref"] is not null)) : schema;
    }

    private void ForeignHeaders(HttpRequestMessage request, List<string> notes)
    {
        switch (random.Next(3))
        {
            case 0:
                request.Headers.TryAddWithoutValidation("Origin", "https://attacker.example");
                notes.Add("Origin: attacker");
                break;
            case 1:
                request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "cross-site");
                notes.Add("Sec-Fetch-Site: cross-site");
                break;
            default:
                request.Headers.Host = "rebound.attacker.example";
                notes.Add("Host: attacker");
                break;
        }
    }

    private static ByteArrayContent Json(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>A lone surrogate cannot be percent-encoded as UTF-8; it goes as the replacement character.</summary>
    private static string Safe(string text) => ReplaceLoneSurrogates(text);

    private static string ReplaceLoneSurrogates(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i++, 2);
            }
            else
            {
                builder.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            }
        }
        return builder.ToString();
    }

    private static string EscapeSegment(string value) => value.Length == 0 ? "%20" : Uri.EscapeDataString(ReplaceLoneSurrogates(value));

    private static string Clip(string text) => text.Length <= 60 ? text : $"{text[..57]}…({text.Length})";
}
