"""A guardian's relation to the student. The register keeps it as the school writes it (free text up to 20
characters, no code list in the database: schools write 父亲, 爸爸, 姑姑 …); these are the usual words, the ones the
roster import recognises in a column's header (父亲电话 → the father's slot) and the demo office uses."""
from __future__ import annotations

FATHER, MOTHER = "父亲", "母亲"
RELATIONS = (FATHER, MOTHER, "祖父", "祖母", "外祖父", "外祖母", "其他")
SPOKEN = {"爸爸": FATHER, "妈妈": MOTHER, "爷爷": "祖父", "奶奶": "祖母", "外公": "外祖父", "外婆": "外祖母"}
MAX_LENGTH = 20


def words_for(relation: str) -> tuple[str, ...]:
    """The words that name ``relation`` in a header: 父亲 → (父亲, 爸爸)."""
    return (relation, *(spoken for spoken, usual in SPOKEN.items() if usual == relation))
