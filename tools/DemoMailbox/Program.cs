// Writes the built-in demo mailbox (a mailbox folder, see docs/mailbox-folder.md):
//
//     dotnet run --project tools/DemoMailbox -- api/DemoMailbox/demo
//
// Everything is fixed: one seeded Random, no clock reads, stable ids. Running it twice writes
// the same bytes. The story data is apart from the writing: the tracked referrals' stories in
// Stories.cs, the ordinary mail around them (colleagues, customers, vendors, newsletters) in
// Ordinary.cs, the ordinary calendar in Calendar.cs, everyone in People.cs. Mailbox.cs shapes
// it all as Graph JSON, and the emulator's MailboxFolderWriter writes the files.
// All people, companies and wording are fictional.

using System.Runtime.CompilerServices;

// Default: the built-in demo beside this file's repository, whatever the current directory.
var outDir = args.Length > 0 ? args[0] : Path.GetFullPath(Path.Combine(SourceDirectory(), "..", "..", "api", "DemoMailbox", "demo"));
var box = new Mailbox(seed: 20261123);
Stories.Write(box);
Ordinary.Write(box);
Calendar.Write(box);
box.Save(outDir);
return 0;

static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
