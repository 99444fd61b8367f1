"""Stage 2b: capitalised-name chunks, with any title in front split off.

NLTK's RegexpParser finds runs of proper nouns (joined across "of"/"for"/"on"
where the name continues: "Harbin Institute of Technology"); a title at the
front ("Finance Minister", "Sberbank CEO", "Mr.") is kept apart from the name
it introduces, because it is evidence that the name is a person's.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from nltk import RegexpParser
from nltk.corpus import wordnet as wn
from nltk.tree import Tree

from ..config import RECOGNITION
from ..lexicon import lexicon
from .gazetteer import common_words, first_names, gazetteer_place
from .tagging import Token

__all__ = ["Chunk", "find_chunks"]

_GRAMMAR = r"""
NAME: {<JJ>?<NNP|NNPS>+(<IN><DT>?<NNP|NNPS>+)*<CD>?}
"""
_PROPER = {"NNP", "NNPS"}


@dataclass(frozen=True, slots=True)
class Chunk:
    """Token range [first, last) of a name, and [title_first, first) of a title before it (may be empty)."""

    first: int
    last: int
    title_first: int


@lru_cache(maxsize=1)
def _parser() -> RegexpParser:
    return RegexpParser(_GRAMMAR)


@lru_cache(maxsize=1)
def _joiners() -> frozenset[str]:
    return frozenset(lexicon().name_joiners)


@lru_cache(maxsize=4096)
def _role_noun(word: str) -> bool:
    """'Inventor', 'Economist': a capitalised noun whose first sense is a person, and no first name itself."""
    if word in first_names() or not word[:1].isupper():
        return False
    synsets = wn.synsets(word.lower(), pos="n")
    return bool(synsets) and synsets[0].lexname() == "noun.person" and not synsets[0].instance_hypernyms()


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(lexicon().person_titles)


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    lex = lexicon()
    words = {w for group in lex.organization_cues.values() for w in group}
    words |= {w for group in lex.place_cues.values() for w in group}
    return frozenset(w.split()[-1] for w in words)


def find_chunks(tokens: tuple[Token, ...]) -> list[Chunk]:
    """Name chunks of one tagged sentence, in order."""
    if not any(t.tag in _PROPER for t in tokens):
        return []
    tree = _parser().parse([(str(i), t.tag) for i, t in enumerate(tokens)])
    parts: list[tuple[int, int]] = []
    for subtree in tree:
        if isinstance(subtree, Tree):
            indices = [int(leaf[0]) for leaf in subtree.leaves()]
            parts.extend(_split_joined(tokens, indices[0], indices[-1] + 1))
    chunks: list[Chunk] = []
    for first, last in _join_spelled_out(tokens, parts):
        chunks.extend(_with_title(tokens, first, last))
    return chunks


def _join_spelled_out(tokens: tuple[Token, ...], parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'the Australian Bureau of Agriculture and Resource Economics (ABARE)': two names joined by 'and' are one
    when the abbreviation after them spells the initials of both, or when the first is an 'X of Y' body whose
    remit goes on ('the Department of Health and Human Services')."""
    joined: list[tuple[int, int]] = []
    for first, last in parts:
        if joined and (
            _spelled_out(tokens, joined[-1][0], last, joined[-1][1]) or _remit_goes_on(tokens, *joined[-1], first, last)
        ):
            joined[-1] = (joined[-1][0], last)
        else:
            joined.append((first, last))
    return joined


def _remit_goes_on(tokens: tuple[Token, ...], first: int, gap: int, start: int, last: int) -> bool:
    """'Department of Health' + 'and' + 'Human Services': a cue word then 'of' on the left, one 'and' between,
    and on the right two or more words that are no person, place, title or body of their own."""
    if start != gap + 1 or tokens[gap].lower not in ("and", "&") or last - start < 2:
        return False
    left = tokens[first:gap]
    if not any(a.text in _cue_words() and b.lower == "of" for a, b in zip(left, left[1:], strict=False)):
        return False
    right = [t.text for t in tokens[start:last]]
    return not any(
        w in _cue_words() or w in _titles() or w in first_names() or gazetteer_place(w) or not w[:1].isupper()
        for w in right
    )


def _spelled_out(tokens: tuple[Token, ...], first: int, last: int, gap: int) -> bool:
    if gap + 1 >= len(tokens) or tokens[gap].lower not in ("and", "&") or last + 2 >= len(tokens):
        return False
    if tokens[last].text != "(" or tokens[last + 2].text != ")":
        return False
    initials = "".join(t.text[0] for t in tokens[first:last] if t.text[:1].isupper())
    return tokens[last + 1].text.upper() == initials.upper() and len(initials) >= 3


def _split_joined(tokens: tuple[Token, ...], first: int, last: int) -> list[tuple[int, int]]:
    """Undo joins the grammar made across words that do not continue a name ("Putin of Russia")."""
    if tokens[first].tag == "JJ" and not (
        tokens[first].text[:1].isupper() and any(tokens[i].text in _cue_words() for i in range(first, last))
    ):
        first += 1
    parts: list[tuple[int, int]] = []
    start = first
    for i in range(first, last):
        token = tokens[i]
        if token.tag in ("IN", "DT") and i > start:
            joins = token.lower in _joiners() and tokens[i - 1].text in _cue_words()
            continues = token.lower in _joiners() and _continues(tokens, start, i)
            if not (joins or continues):
                parts.append((start, i))
                start = i + 1
        elif _breaks_name(tokens, start, i):
            if i > start:
                parts.append((start, i))
            start = i + (0 if token.text in first_names() else 1)
    if start < last:
        parts.append((start, last))
    cleaned = []
    for a, b in parts:
        while a < b and tokens[a].tag in ("DT", "IN"):
            a += 1
        while b > a and tokens[b - 1].tag in ("DT", "IN"):
            b -= 1
        if a < b and any(tokens[k].tag in _PROPER for k in range(a, b)) and tokens[a].text not in _dates():
            cleaned.append((a, b))
    return cleaned


def _breaks_name(tokens: tuple[Token, ...], start: int, i: int) -> bool:
    """A date word, a degree ("... of Queensland PhD student"), a shouted common word ("REMARK"), or a first name
    after an organisation ends a name."""
    word = tokens[i].text
    if word in _dates() and i > start or word in lexicon().degree_words:
        return True
    if len(word) >= RECOGNITION.shouted_word_chars and word.isupper() and word.lower() in common_words():
        return True
    after_joiner = tokens[i - 1].lower in _joiners()  # 'University of Adelaide': Adelaide is no first name here
    return (
        i > start
        and not after_joiner
        and word in first_names()
        and all(tokens[k].text in _cue_words() for k in range(start, i))
    )


@lru_cache(maxsize=1)
def _dates() -> frozenset[str]:
    return frozenset(lexicon().date_words)


def _continues(tokens: tuple[Token, ...], start: int, joiner: int) -> bool:
    """'Power of Siberia' continues a name; 'Putin of Russia' (person, then country) does not."""
    left = [t.text for t in tokens[start:joiner]]
    if tokens[joiner].text == "de":
        return True  # 'Dr Menno de Jong', 'Banco de Chile': a particle inside a name
    titles = _titles() | frozenset(lexicon().honorifics)
    if any(word in titles or f"{word}." in titles for word in left):  # 'Dr David Leary of', as 'Dr.' is
        return False
    if left and left[0] in first_names():
        return False
    if len(left) >= 3 and _role_noun(left[0]) and left[1] in first_names():
        return False  # 'Mathematician Willy Alangui of the University of the Philippines'
    right = next((t.text for t in tokens[joiner + 1 :] if t.tag in _PROPER), "")
    known = gazetteer_place(right)
    return not (known and known.subtype == "country")


def _with_title(tokens: tuple[Token, ...], first: int, last: int) -> list[Chunk]:
    """Split 'Finance Minister Anton Siluanov' into a title and the name after its last title word. A verb of
    saying that opens the sentence is no part of the name ('Adds Takeshi Kondo, senior vice president')."""
    if first == 0 and last - first >= 2 and tokens[0].lower in lexicon().say_verbs:
        first = 1
    if last - first >= 3 and _role_noun(tokens[first].text) and tokens[first + 1].text in first_names():
        return [Chunk(first + 1, last, first)]  # 'Inventor Claire Marvin says': the role is no part of the name
    titles = _titles()
    cut = None
    for i in range(first, last - 1):
        if tokens[i].text in titles and all(tokens[k].tag in _PROPER for k in range(i + 1, last)):
            cut = i
    if cut is None:
        return [Chunk(first, last, first)]
    if all(tokens[k].lower in lexicon().role_standing for k in range(first, cut + 1)):
        return [Chunk(cut + 1, last, cut + 1)]  # 'Former AWB chairman': 'Former' alone makes no one a person
    name_words = [tokens[k].text for k in range(cut + 1, last)]
    if any(word in _cue_words() for word in name_words):
        return [Chunk(first, last, first)]
    return [Chunk(cut + 1, last, first)]
