using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace OutlookReferral.Platform;

/// <summary>
/// Refuses any text field that holds NUL (U+0000), in the path, the query or the body, on every route: no store or
/// mailbox wants it, SQL Server and SQLite treat it differently, and it hides the rest of a string from many readers.
/// One filter on the whole API instead of a rule in each validator, so a new field cannot forget it.
/// </summary>
public static class NoNulFilter
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var parameters = factory.MethodInfo.GetParameters();
        return async context =>
        {
            for (var i = 0; i < context.Arguments.Count && i < parameters.Length; i++)
            {
                if (FirstNul(context.Arguments[i], Capitalised(parameters[i].Name ?? "value"), depth: 0) is { } field)
                {
                    return TypedResults.ValidationProblem(
                        new Dictionary<string, string[]> { [field] = ["Text may not contain the NUL character (U+0000)."] });
                }
            }
            return await next(context);
        };
    }

    /// <summary>The name of the first field holding NUL ("Prospect.Name", "To[3]"), or null.</summary>
    private static string? FirstNul(object? value, string name, int depth)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return text.Contains('\0', StringComparison.Ordinal) ? name : null;
            case IEnumerable list when depth < 4:
                var index = 0;
                foreach (var item in list)
                {
                    if (FirstNul(item, $"{name}[{index++}]", depth + 1) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            // Our request records: walk their properties (a body is a few levels deep at most).
            case var record when depth < 4 && IsOurRecord(record.GetType()):
                foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    // An [AsParameters] record's body is named as a body handler argument is: its fields bare ("Subject").
                    var (childName, childDepth) = depth == 0 && IsBody(record.GetType(), property)
                        ? (property.Name, 0)
                        : (depth == 0 ? property.Name : $"{name}.{property.Name}", depth + 1);
                    if (property.GetIndexParameters().Length == 0
                        && FirstNul(property.GetValue(record), childName, childDepth) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    // Request bodies are records; services (also ours) are classes whose properties are none of our business.
    private static bool IsOurRecord(Type type) =>
        type.Assembly == typeof(NoNulFilter).Assembly && type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;

    // [FromBody] on a positional record's parameter stays on the constructor parameter, not the property.
    private static bool IsBody(Type type, PropertyInfo property) =>
        property.IsDefined(typeof(FromBodyAttribute))
        || type.GetConstructors().SelectMany(c => c.GetParameters())
            .Any(p => p.Name == property.Name && p.IsDefined(typeof(FromBodyAttribute)));

    private static string Capitalised(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
