"""Reading the files users bring (rosters, calendars) into plain Python values. No Qt, no SQL, no use cases: the
services call these readers, check what they read and decide what to do with it."""
