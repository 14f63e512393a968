using FluentValidation;
using OutlookReferral.Identity;

namespace OutlookReferral.Platform;

/// <summary>
/// Validates every handler argument that has a FluentValidation validator, before the handler runs, and answers
/// 400 with the field errors (RFC 7807) when one fails: handlers start from valid input, and a new route cannot forget
/// to validate. In the spirit of davidfowl/TodoApi's Filters/ValidationFilter.cs, applied once to all features.
/// </summary>
public static class ValidationFilter
{
    /// <summary>The rep's own addresses, for rules such as "the prospect cannot be you" (an IReadOnlySet&lt;string&gt;).</summary>
    public const string RepAddressesKey = "repAddresses";

    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var services = factory.ApplicationServices.GetRequiredService<IServiceProviderIsService>();
        // Decided once per route: which arguments have a validator. Routes without any pay nothing per request.
        var validated = factory.MethodInfo.GetParameters()
            .Select((parameter, index) => (Index: index, Type: parameter.ParameterType))
            .Where(p => !p.Type.IsByRef && !p.Type.ContainsGenericParameters && services.IsService(typeof(IValidator<>).MakeGenericType(p.Type)))
            .Select(p => (p.Index, Validator: typeof(IValidator<>).MakeGenericType(p.Type), Context: typeof(ValidationContext<>).MakeGenericType(p.Type)))
            .ToList();
        if (validated.Count == 0)
        {
            return next;
        }
        return async invocation =>
        {
            var http = invocation.HttpContext;
            foreach (var (index, validatorType, contextType) in validated)
            {
                // A missing optional body is the handler's to default; there is nothing to validate.
                if (invocation.Arguments[index] is not { } argument)
                {
                    continue;
                }
                var validator = (IValidator)http.RequestServices.GetRequiredService(validatorType);
                var context = (IValidationContext)Activator.CreateInstance(contextType, argument)!;
                context.RootContextData[RepAddressesKey] = RepId.AddressesOf(http.User);
                var result = await validator.ValidateAsync(context, http.RequestAborted);
                if (!result.IsValid)
                {
                    return TypedResults.ValidationProblem(result.ToDictionary());
                }
            }
            return await next(invocation);
        };
    }
}
