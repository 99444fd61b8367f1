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
_REFERENTS = {
    "institute": ("ORGANIZATION", "university"),
    "institution": ("ORGANIZATION", "university"),
    "school": ("ORGANIZATION", "university"),
    "university": ("ORGANIZATION", "university"),
    "company": ("ORGANIZATION", "company"),
    "agency": ("ORGANIZATION", "agency"),
    "city": ("PLACE", "city"),
}
_DOCUMENTS = {"document", "statement", "declaration"}
_LOOK_BACK = 4


@dataclass(frozen=True, slots=True)
class Rewrite:
    """Replace each (start, end) span of item.text by its text; spans are in order and do not overlap."""

    parts: tuple[tuple[int, int, str], ...]

    def apply(self, text: str) -> str:
        out, position = [], 0
        for start, end, replacement in self.parts:
            out += [text[position:start], replacement]
            position = end
        return "".join(out) + text[position:]

    @property
    def start(self) -> int:
        return self.parts[0][0]

    def moved(self, start: int, end: int) -> tuple[int, int] | None:
        """Where text[start:end] is after the rewrite; None when a rewritten span overlaps it."""
        shift = 0
        for part_start, part_end, replacement in self.parts:
            if end <= part_start:
                break
            if start < part_end:
                return None
            shift += len(replacement) - (part_end - part_start)
        return start + shift, end + shift


def rewrite_opening(items: Sequence[Analyzed], index: int) -> Rewrite | None:
    """A rewrite that makes items[index] stand alone: every reference to something named earlier
    (an opening 'He', 'the institute', 'the city') resolved, or None if one cannot be."""
    item = items[index]
    triggers = list(context_triggers(item))
    if not triggers:
        return None
    tokens = item.tokens
    earlier = [items[i] for i in range(index - 1, max(index - _LOOK_BACK, 0) - 1, -1) if items[i].source_id == item.source_id]
    parts: list[tuple[int, int, str]] = []
    for at in triggers:
        if parts and tokens[at].start < parts[-1][1]:
            continue
        if _visit_to_named(tokens, at, triggers):
            continue  # 'The visit to the institute': naming the institute resolves the visit too
        part = _resolve(tokens, at, earlier)
        if part is None:
            return None
        parts.append(part)
    return Rewrite(tuple(parts)) if parts else None


def _visit_to_named(tokens, at: int, triggers: list[int]) -> bool:
    return (
        at + 3 < len(tokens)
        and tokens[at].lower == "the"
        and tokens[at + 2].lower == "to"
        and at + 3 in triggers
    )


def _resolve(tokens, at: int, earlier: Sequence[Analyzed]) -> tuple[int, int, str] | None:
    word = tokens[at]
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    if at == 0 and word.text in _PRONOUNS and following is not None and following.tag in ("VBD", "VBZ", "VBP", "MD"):
        person = _one_person(earlier)
        return (word.start, word.end, person) if person else None
    if at == 0 and word.text in ("His", "Her") and following is not None and following.tag.startswith("NN"):
        person = _one_person(earlier)
        return (word.start, word.end, f"{person}’s") if person else None
    if word.lower == "the":
        named = _named_thing(tokens, at, earlier)
        if named:
            return named
        if at == 0 and following is not None and following.lower in _DOCUMENTS:
            for previous in earlier:
                lowered = previous.text.lower()
                for phrase in ("joint statement", "joint declaration"):
                    if phrase in lowered:
                        return word.start, following.end, f"The {phrase}"
    return None


def _one_person(earlier: Sequence[Analyzed]) -> str:
    """The one person named in the nearest earlier sentence that names anyone ('' if none or several)."""
    for previous in earlier:
        people = {m.name for m in previous.mentions if m.kind == "PERSON"}
        if people:
            return people.pop() if len(people) == 1 else ""
    return ""


def _named_thing(tokens, at: int, earlier: Sequence[Analyzed]) -> tuple[int, int, str] | None:
    """'The 103-year-old institution', 'the institute', 'the city's' after sentences naming exactly one
    university (or city): name it."""
    head = at + 1
    while head < len(tokens) - 1 and "-" in tokens[head].text and tokens[head].tag in ("JJ", "CD", "VBN"):
        head += 1
    wanted = _REFERENTS.get(tokens[head].lower)
    if wanted is None:
        return None
    names = [m.name for previous in earlier for m in previous.mentions if (m.kind, m.subtype) == wanted]
    if not names or len(set(names)) > 1:
        return None
    modifiers = " ".join(t.text for t in tokens[at + 1 : head])
    if wanted[0] == "PLACE" and not modifiers:
        return tokens[at].start, tokens[head].end, names[0]  # 'the city's heritage' -> 'Harbin's heritage'
    article = tokens[at].text  # 'The' or 'the', as written
    return tokens[at].start, tokens[head].end, " ".join(filter(None, (article, modifiers, names[0])))
