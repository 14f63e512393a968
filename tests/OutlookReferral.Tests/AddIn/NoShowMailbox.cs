using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.AddIn;

/// <summary>
/// The mailbox for the no-show tests (now = <see cref="ApiFactory.DemoNow"/>, the rep in Pacific time): a Teams
/// no-show, a phone call no report can settle, a declined meeting, a prospect who simply went quiet, and a call a
/// colleague of the prospect joined instead.
/// </summary>
public static class NoShowMailbox
{
    /// <summary>Kim's Teams call: Saturday 21 November, 07:00 in Pacific time.</summary>
    public static readonly DateTimeOffset MissedAt = ApiFactory.DemoNow.AddDays(-2);

    public static string Write()
    {
        var now = ApiFactory.DemoNow;
        const string rep = MailboxFolderBuilder.RepAddress;
        return new MailboxFolderBuilder()
            // Gone quiet, no meeting: the no-show must still come before it.
            .Referral("Priya Natarajan", "priya@fabrikam.example", "George Miller", "george@northwind.example", now.AddDays(-13))
            .Sent(now.AddDays(-9), "Great to meet you, Priya (George Miller's introduction)", "priya@fabrikam.example")
            // A Teams meeting the attendance report says Kim missed.
            .Referral("Kim Lee", "kim@adatum.example", "George Smith", "gsmith@adatum.example", now.AddDays(-20))
            .Sent(now.AddDays(-10), "George Smith suggested we connect", "kim@adatum.example")
            .Event("ev-kim", MissedAt, 30, "Intro call", ["kim@adatum.example"], joinUrl: "https://teams.example/meet/kim")
            .Attendance("https://teams.example/meet/kim", MissedAt, 30, [rep])
            // A phone call: no report, the rep settles it.
            .Referral("Ana Diaz", "ana@litware.example", "George Miller", "george@northwind.example", now.AddDays(-20))
            .Sent(now.AddDays(-10), "Referred by George Miller - quick call?", "ana@litware.example")
            .Event("ev-ana-phone", now.AddDays(-1), 30, "Phone call with Ana", ["ana@litware.example"])
            // Omar declined the meeting.
            .Referral("Omar Haddad", "omar@tailspin.example", "Aisha Khan", "aisha@woodgrove.example", now.AddDays(-20))
            .Sent(now.AddDays(-10), "Aisha Khan suggested we talk", "omar@tailspin.example")
            .Event("ev-omar", now.AddDays(-2), 30, "Intro with Omar", ["omar@tailspin.example"],
                joinUrl: "https://teams.example/meet/omar", response: "declined")
            // Lena's colleague joined the Teams call instead of her: the rep decides, with that in front of them.
            .Referral("Lena Fischer", "lena@wingtip.example", "Aisha Khan", "aisha@woodgrove.example", now.AddDays(-3))
            .Event("ev-lena", now.AddDays(-1).AddHours(2), 30, "Intro with Lena", ["lena@wingtip.example"], joinUrl: "https://teams.example/meet/lena")
            .Session("https://teams.example/meet/lena", now.AddDays(-1).AddHours(2), 30,
                Meetings.AttendanceShapes.Organiser(), Meetings.AttendanceShapes.Record("pat.doe@wingtip.example", "Pat Doe"))
            .Write(now);
    }
}
