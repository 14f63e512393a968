using OutlookReferral.FollowUps;

namespace OutlookReferral.Tests.FollowUps;

public class ReturnDateParserTests
{
    private static readonly DateTimeOffset Sent = new(2026, 11, 16, 10, 0, 0, TimeSpan.Zero);

    [TestCase("I will be back on Monday, November 30.", "2026-11-30")]
    [TestCase("I'm out of the office until 2026-12-02 with limited access to email.", "2026-12-02")]
    [TestCase("Returning 1 December 2026; for urgent matters call Alex.", "2026-12-01")]
    [TestCase("Away until 12/3. Thanks!", "2026-12-03")]
    [TestCase("Back in the office on the 4th of December", "2026-12-04")]
    [TestCase("I'll return Jan 5 and reply then.", "2027-01-05")]
    [TestCase("On leave, back 20/11/2026", "2026-11-20")]
    [TestCase("Out through Friday, November 27, back Monday, November 30.", "2026-11-30")]
    [TestCase("I am away through November 27.", "2026-11-28")]
    public void ReadsTheReturnDate(string text, string expected) =>
        Assert.That(ReturnDateParser.Parse(text, Sent), Is.EqualTo(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));

    [TestCase("I am travelling with limited access to email.")]
    [TestCase("Thanks for your message, I'll get back to you soon.")]
    [TestCase("I was back on November 2 but now away again.")]
    public void NoTrustworthyDateIsNull(string text) =>
        Assert.That(ReturnDateParser.Parse(text, Sent), Is.Null);
}
