"""Making a sentence stand alone by naming what its opening word points back to.

'He said China was trying to reduce its exposure to the dollar ...' follows a
sentence that names exactly one person, Shi Yinhong; the question can then say
'Shi Yinhong said ...'. 'The document also called on ...' follows sentences
about 'a lengthy joint statement'; the question can say 'The joint statement'.
Only an opening reference is resolved, and only when the answer is unambiguous.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..nlp.analysis import Analyzed
from .quality import context_triggers

__all__ = ["Rewrite", "rewrite_opening"]

_PRONOUNS = {"He", "She"}
_ORGANIZATION_NOUNS = {
    "institute": "university", "institution": "university", "school": "university", "university": "university",
    "company": "company", "agency": "agency",
}
_DOCUMENTS = {"document", "statement", "declaration"}
_LOOK_BACK = 4


@dataclass(frozen=True)
class Rewrite:
    """Replace item.text[:end] with `replacement`."""

    end: int
    replacement: str

    def apply(self, text: str) -> str:
        return self.replacement + text[self.end :]

    def shift(self) -> int:
        return len(self.replacement) - self.end


def rewrite_opening(items: Sequence[Analyzed], index: int) -> Rewrite | None:
    """A rewrite that makes items[index] stand alone, if its only reference is its opening and can be resolved."""
    item = items[index]
    triggers = context_triggers(item)
    if not triggers or triggers[0] != 0 or any(t > 1 for t in triggers):
        return None
    tokens = item.tokens
    earlier = [items[i] for i in range(index - 1, max(index - _LOOK_BACK, 0) - 1, -1) if items[i].source_id == item.source_id]
    if tokens[0].text in _PRONOUNS and len(tokens) > 1 and tokens[1].tag in ("VBD", "VBZ", "VBP", "MD"):
        people = {m.name for m in earlier[0].mentions if m.kind == "PERSON"} if earlier else set()
        if len(people) == 1:
            return Rewrite(tokens[0].end, people.pop())
        return None
    if tokens[0].lower == "the":
        named = _named_organization(tokens, earlier)
        if named:
            return named
    if tokens[0].lower == "the" and len(tokens) > 1 and tokens[1].lower in _DOCUMENTS:
        for previous in earlier:
            lowered = previous.text.lower()
            for phrase in ("joint statement", "joint declaration"):
                if phrase in lowered:
                    return Rewrite(tokens[1].end, f"The {phrase}")
    return None


def _named_organization(tokens, earlier: Sequence[Analyzed]) -> Rewrite | None:
    """'The 103-year-old institution ...' after sentences naming one university: name it."""
    head = 1
    while head < len(tokens) - 1 and "-" in tokens[head].text and tokens[head].tag in ("JJ", "CD", "VBN"):
        head += 1
    subtype = _ORGANIZATION_NOUNS.get(tokens[head].lower)
    if subtype is None:
        return None
    names = [m.name for previous in earlier for m in previous.mentions if m.kind == "ORGANIZATION" and m.subtype == subtype]
    if not names or len(set(names)) > 1:
        return None
    modifiers = " ".join(t.text for t in tokens[1:head])
    return Rewrite(tokens[head].end, " ".join(filter(None, ("The", modifiers, names[0]))))
