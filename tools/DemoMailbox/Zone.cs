/// <summary>Time zones of the people in the mailbox (all North American, daylight time ends on 1 November 2026).</summary>
internal enum Zone { Pacific, Mountain, Central, Eastern }
