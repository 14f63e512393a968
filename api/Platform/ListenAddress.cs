namespace OutlookReferral.Platform;

/// <summary>Where the API listens: --urls, then ASPNETCORE_URLS (or URLS), then Kestrel's endpoints or ports settings, else our default.</summary>
public static class ListenAddress
{
    public const string Default = "http://localhost:5080";

    /// <summary>
    /// The default is set here rather than in appsettings.json: a file setting would outrank ASPNETCORE_URLS,
    /// which the host reads first, and an address chosen in the environment would be ignored.
    /// </summary>
    public static void ListenOnDefaultUnlessTold(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var told = !string.IsNullOrWhiteSpace(configuration["urls"]) || !string.IsNullOrWhiteSpace(configuration["http_ports"])
            || !string.IsNullOrWhiteSpace(configuration["https_ports"]) || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
        if (!told)
        {
            builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, Default);
        }
    }
}
