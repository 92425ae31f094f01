"""What the start page shows of the referral, leave and crisis loops: the open crisis incidents first (red, for
counselors and the head), then the referrals whose receipt is overdue and the leaves past their end without a
finished return (the user's own; the head's: all). Each part only for a role that may see it; names and numbers
only (opening a record is audited)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from counselor_app.domain.roles import Permission
from counselor_app.services import crisis, leaves, referral_views, referrals
from counselor_app.services.operations import operation
from counselor_app.services.session import Session


@dataclass(frozen=True)
class Loops:
    incidents: tuple[crisis.IncidentLine, ...]         # open crisis incidents, newest first
    receipts: tuple[referrals.ReferralLine, ...]       # overdue referral receipts, oldest due first
    returns: tuple[leaves.LeaveLine, ...]              # leaves past their end without a finished return

    @property
    def empty(self) -> bool:
        return not (self.incidents or self.receipts or self.returns)


@operation(None)
def my_loops(session: Session, *, today: date | None = None) -> Loops:
    incidents = tuple(crisis.open_incidents(session, today=today)) if session.can(Permission.VIEW_CRISIS) else ()
    receipts = returns = ()
    if session.can(Permission.MANAGE_REFERRALS):
        receipts = tuple(referral_views.overdue_receipts(session, today=today))
        returns = tuple(leaves.overdue_returns(session, today=today))
    return Loops(incidents, receipts, returns)
