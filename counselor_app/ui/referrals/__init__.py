"""The windows of referrals, leave and return, crisis incidents (the start page's card, more to come)."""
