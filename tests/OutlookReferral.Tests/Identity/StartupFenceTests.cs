using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using OutlookReferral.Identity;

namespace OutlookReferral.Tests.Identity;

/// <summary>Demo mode stays on this machine; real mode does not start half-configured.</summary>
public class StartupFenceTests
{
    private static string StartupFailure(params (string Key, string Value)[] settings)
    {
        var data = Directory.CreateTempSubdirectory("outlookreferral-startup-").FullName;
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Storage:ConnectionString", $"Data Source={Path.Combine(data, "test.db")}");
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });
        try
        {
            using var client = factory.CreateClient();
            return "";
        }
        catch (Exception ex)
        {
            for (var e = ex; e is not null; e = e.InnerException)
            {
                if (e is InvalidOperationException)
                {
                    return e.Message;
                }
            }
            throw;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Test]
    public void DemoModeOffWithoutAzureAdFailsSayingWhatToConfigure()
    {
        var message = StartupFailure(("Demo:Enabled", "false"));

        Assert.Multiple(() =>
        {
            Assert.That(message, Does.Contain("AzureAd:ClientId"));
            Assert.That(message, Does.Contain("AzureAd:ClientSecret"));
            Assert.That(message, Does.Contain("README"));
        });
    }

    [Test]
    public void DemoModeOffWithAzureAdButNoCredentialAsksForOne()
    {
        var message = StartupFailure(("Demo:Enabled", "false"), ("AzureAd:ClientId", TestTokens.ClientId));

        Assert.Multiple(() =>
        {
            Assert.That(message, Does.Contain("AzureAd:ClientSecret"));
            Assert.That(message, Does.Not.Contain("AzureAd:ClientId,"));
        });
    }

    [TestCase("urls", "http://0.0.0.0:5080")]
    [TestCase("urls", "http://*:5080")]
    [TestCase("urls", "http://+:5080")]
    [TestCase("urls", "http://localhost:5080;http://192.168.1.20:5080")]
    [TestCase("urls", "https://outlook-referral.example.com")]
    [TestCase("Kestrel:Endpoints:Lan:Url", "http://[::]:5081")]
    public void DemoModeRefusesToListenBeyondLoopback(string key, string value)
    {
        var message = StartupFailure(("Demo:Enabled", "true"), (key, value));

        Assert.That(message, Does.Contain("loopback only").And.Contain("Demo:Enabled=false"));
    }

    [TestCase("http://localhost:5080", true)]
    [TestCase("https://LOCALHOST:5443", true)]
    [TestCase("http://127.0.0.1:0", true)]
    [TestCase("http://127.10.0.3:80", true)]
    [TestCase("http://[::1]:5080", true)]
    [TestCase("http://unix:/run/outlookreferral.sock", true)]
    [TestCase("http://0.0.0.0:5080", false)]
    [TestCase("http://[::]:5080", false)]
    [TestCase("http://*:5080", false)]
    [TestCase("http://+:5080", false)]
    [TestCase("http://10.0.0.7:5080", false)]
    [TestCase("http://my-laptop:5080", false)]
    [TestCase("not a url", false)]
    public void LoopbackMeansThisMachineOnly(string address, bool loopback) =>
        Assert.That(LoopbackOnly.IsLoopback(address), Is.EqualTo(loopback));

    [Test]
    public void PortSettingsBindEveryInterfaceUnlessUrlsAreSet()
    {
        static IConfiguration Config(params (string, string)[] pairs) =>
            new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Item1, p.Item2))).Build();

        Assert.Multiple(() =>
        {
            Assert.That(LoopbackOnly.ListenAddresses(Config(("http_ports", "8080"))), Is.EqualTo(new[] { "http://*:8080" }));
            Assert.That(LoopbackOnly.ListenAddresses(Config(("http_ports", "8080"), ("urls", "http://localhost:5080"))), Is.EqualTo(new[] { "http://localhost:5080" }));
        });
    }
}
