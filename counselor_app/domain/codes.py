"""The base of the domain's code lists: an Enum of stored codes whose members carry a translatable label.

A module declares its lists as subclasses of :class:`Code` and keeps their labels in one module-level dict
``LABELS = {EnumClass: {member: QT_TRANSLATE_NOOP(…), …}, …}`` (lupdate needs the literal calls there); a member's
``label`` is read from its own module's ``LABELS``. Members hash by value, so a member and its plain code are one
set or dict member (the database and the services hold plain codes).
"""
from __future__ import annotations

import sys
from enum import Enum

from counselor_app.domain.errors import Text


class Code(str, Enum):
    def __hash__(self) -> int:
        return hash(self.value)

    @property
    def label(self) -> Text:
        return sys.modules[type(self).__module__].LABELS[type(self)][self]
