"""Making a sentence stand alone by naming what its opening word points back to.

'He said China was trying to reduce its exposure to the dollar ...' follows a
sentence that names exactly one person, Shi Yinhong; the question can then say
'Shi Yinhong said ...'. 'The document also called on ...' follows sentences
about 'a lengthy joint statement'; the question can say 'The joint statement'.
Only an opening reference is resolved, and only when the answer is unambiguous.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from ..nlp.analysis import Analyzed
from ..textnorm import fold
from .quality import context_triggers

__all__ = ["Rewrite", "combine", "rewrite_opening", "rewrite_surnames"]

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
    # The earlier sentences that say what the replacements name: a question using the rewrite cites them.
    sources: tuple[Analyzed, ...] = field(default=())

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
            if (start, end) == (part_start, part_end):
                return start + shift, start + shift + len(replacement)  # the span is the name that was written out
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
    earlier = [
        items[i] for i in range(index - 1, max(index - _LOOK_BACK, 0) - 1, -1) if items[i].source_id == item.source_id
    ]
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
    if not parts:
        return None
    sources = {id(found): found for _, _, replacement in parts if (found := _naming(earlier, replacement))}
    return Rewrite(tuple(parts), tuple(sources.values()))


def _naming(earlier: Sequence[Analyzed], replacement: str) -> Analyzed | None:
    """The nearest earlier sentence that names what a replacement says ('Shi Yinhong', 'The joint statement')."""
    wanted = replacement.removesuffix("’s").lower()
    for previous in earlier:
        if (
            any(m.name.lower() in wanted for m in previous.mentions)
            or wanted.removeprefix("the ") in previous.text.lower()
        ):
            return previous
    return None


def _visit_to_named(tokens, at: int, triggers: list[int]) -> bool:
    return at + 3 < len(tokens) and tokens[at].lower == "the" and tokens[at + 2].lower == "to" and at + 3 in triggers


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
        people = {m.name for m in previous.mentions if m.kind == "PERSON" and not _modifier(previous, m)}
        if people:
            return people.pop() if len(people) == 1 else ""
    return ""


def _modifier(item: Analyzed, mention) -> bool:
    """'shares of Campbell stock': a one-word name before a common noun is a company or brand, not whom 'he'
    means ('economist Dean Baim scoffs' is a person, whatever the tagger made of 'scoffs')."""
    after = item.tokens[mention.last] if mention.last < len(item.tokens) else None
    return " " not in mention.text.strip() and after is not None and after.tag in ("NN", "NNS")


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


_HONORIFICS = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.", "Professor"})


def rewrite_surnames(items: Sequence[Analyzed], index: int, known: Collection[str] = ()) -> Rewrite | None:
    """'Mr. Gabuev said ...' -> 'Alexander Gabuev said ...' when an earlier sentence of the same article names
    him in full; the people in `known` (the story's protagonists) keep their short names."""
    item = items[index]
    full_here = {m.name for m in item.mentions if m.kind == "PERSON" and " " in m.text.strip()}
    parts: list[tuple[int, int, str]] = []
    sources: dict[int, Analyzed] = {}
    for mention in item.mentions:
        if mention.kind != "PERSON" or " " in mention.text.strip() or " " not in mention.name:
            continue
        if mention.name in full_here or mention.name in known or mention.text in known:
            continue
        if not _surname_of(mention.text, mention.name):
            continue
        naming = _names_in_full(items, index, mention.name)
        if naming is None:
            continue
        start = mention.start
        if mention.title in _HONORIFICS:  # 'Mr. Gabuev' -> 'Alexander Gabuev'
            start = item.text.rfind(mention.title, 0, mention.start)
            start = start if start >= 0 else mention.start
        if parts and start < parts[-1][1]:
            continue
        parts.append((start, mention.end, mention.name))
        sources[id(naming)] = naming
    return Rewrite(tuple(parts), tuple(sources.values())) if parts else None


def _surname_of(short: str, name: str) -> bool:
    """'Gabuev' of 'Alexander Gabuev', 'Hwang' of 'Hwang Woo-suk' (a family name first); 'Murray' is no surname
    of 'Murray Darling Basin'."""
    word, words = fold(short.strip().split()[-1]), [fold(w) for w in name.split()]
    return word == words[-1] or len(words) == 2 and word == words[0]


def _names_in_full(items: Sequence[Analyzed], index: int, name: str) -> Analyzed | None:
    """The nearest earlier sentence of the same article that writes `name` out in full."""
    source = items[index].source_id
    for back in range(index - 1, -1, -1):
        previous = items[back]
        if previous.source_id != source:
            return None
        if any(m.name == name and " " in m.text.strip() for m in previous.mentions):
            return previous
    return None


def combine(first: Rewrite | None, second: Rewrite | None) -> Rewrite | None:
    """Both rewrites' parts, in order; a part of `second` that overlaps one of `first` is left out."""
    if first is None or second is None:
        return first or second
    parts = list(first.parts)
    for part in second.parts:
        if not any(part[0] < b and a < part[1] for a, b, _ in parts):
            parts.append(part)
    sources = {id(s): s for s in (*first.sources, *second.sources)}
    return Rewrite(tuple(sorted(parts)), tuple(sources.values()))


_PAIR_NOUNS = {
    "leaders": "PERSON",
    "presidents": "PERSON",
    "men": "PERSON",
    "heads": "PERSON",
    "countries": "PLACE",
    "nations": "PLACE",
    "neighbours": "PLACE",
    "neighbors": "PLACE",
    "powers": "PLACE",
    "sides": "PLACE",
}


def rewrite_pairs(
    items: Sequence[Analyzed], index: int, pairs: dict[tuple[str, str], tuple[str, str]]
) -> Rewrite | None:
    """'The two leaders' -> 'Putin and Xi', 'both countries' -> 'both Russia and China', when the article is
    about exactly two people (or countries) of that kind; `pairs` maps (source id, kind) to those two names.
    The article's first sentence naming both is cited."""
    item = items[index]
    tokens = item.tokens
    parts: list[tuple[int, int, str]] = []
    used: set[str] = set()
    for i in range(len(tokens) - 1):
        first, second = tokens[i].lower, tokens[i + 1].lower
        if first == "the" and second == "two" and i + 2 < len(tokens):
            noun, end, lead = tokens[i + 2].lower, tokens[i + 2].end, ""
        elif first == "both" and tokens[i].tag == "DT":
            noun, end, lead = second, tokens[i + 1].end, tokens[i].text + " "
        else:
            continue
        kind = _PAIR_NOUNS.get(noun)
        pair = pairs.get((item.source_id, kind)) if kind else None
        if pair is None:
            continue
        text = f"{lead}{pair[0]} and {pair[1]}"
        if i == 0:
            text = text[:1].upper() + text[1:]
        parts.append((tokens[i].start, end, text))
        used.add(kind)  # type: ignore[arg-type]
    if not parts:
        return None
    sources = []
    for kind in sorted(used):
        pair = pairs[(item.source_id, kind)]
        naming = next(
            (it for it in items if it.source_id == item.source_id and {m.name for m in it.mentions} >= set(pair)),
            None,
        )
        if naming is not None and naming is not item:
            sources.append(naming)
    return Rewrite(tuple(parts), tuple(sources))
