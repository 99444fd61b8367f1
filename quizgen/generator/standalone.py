"""Does a question stand on its own? Loose ends a student cannot resolve without the article.

Blind raters reject, more than anything else, a question that copies words pointing back into the
article: 'the fire', 'the two leaders', 'this visit', 'such a network', 'it', 'they', 'last month',
a bare surname. These are found on the tagged source sentence, over the part of it a question
copies, so that a later stage can refuse the question (or count the loose ends as a ranking feature).
A reference is not loose when the sentence itself resolves it: 'the Harbin Institute of Technology',
'the city of Harbin', 'the company said it ...', 'Mr. Putin ... his'.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

from ..lexicon import lexicon
from ..nlp.analysis import Analyzed
from .definites import loose_definite, names_a_person
from .loose_end import LooseEnd
from .times import months_without_year, relative_times, spans_to_now, weekdays

__all__ = ["LooseEnd", "in_quotation", "loose_ends", "written_in_full"]

_PERSONAL = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself"})
_SINGULAR = frozenset({"it", "its", "itself"})
_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# The writer or the reader ('I suggest you ...') in the article's own voice, not in a speaker's quoted words
# ('our Sun' is everyone's).
_NARRATOR = frozenset({"i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Plural spans of time: 'they' cannot mean them ('In a few seconds, they can spew out ...').
_TIME_SPANS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"})
# After 'the NOUN', these say which one is meant ('the head of Roscosmos', 'the fire that burnt ...').


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    lex = lexicon()
    return frozenset(lex.unique_nouns), frozenset(lex.relative_time), frozenset(lex.time_nouns)


def loose_ends(
    item: Analyzed,
    start: int = 0,
    end: int | None = None,
    *,
    skip: Iterable[tuple[int, int]] = (),
    known_people: frozenset[str] = frozenset(),
    surnames: Mapping[str, str] | None = None,
) -> tuple[LooseEnd, ...]:
    """The loose ends in item.text[start:end], leaving out the character spans in `skip` (the answer, a
    rewritten opening). `known_people` are names a student knows without the article (the story's
    protagonists): a bare 'Putin' is no loose end. `surnames` maps the last word of each person the
    article names in full to that name ('Wood' -> 'Bernard Wood')."""
    end = len(item.text) if end is None else end
    skipped = list(skip)
    tokens = item.tokens
    unique, relative_time, time_nouns = _words()
    people_before = [m.last for m in item.mentions if m.kind == "PERSON"]
    found: list[LooseEnd] = []

    def inside(i: int) -> bool:
        token = tokens[i]
        return start <= token.start < end and not any(a <= token.start < b for a, b in skipped)

    for i, token in enumerate(tokens):
        if not inside(i):
            continue
        word = token.lower
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if word in _NARRATOR and token.tag in ("PRP", "PRP$") and not in_quotation(item, token.start):
            found.append(LooseEnd(i, "narrator", token.text))
        elif token.tag in ("PRP", "PRP$") and _loose_pronoun(item, i, start, people_before):
            found.append(LooseEnd(i, "pronoun", token.text))
        elif word == "other" and i == 1 and tokens[0].tag == "CD" and (following is None or following.lower != "than"):
            found.append(LooseEnd(i, "continues", token.text))  # 'Ten other deadly infections': other than what?
        elif word == "that" and token.tag == "IN" and _demonstrative_that(tokens, i):
            found.append(LooseEnd(i, "demonstrative", f"{token.text} {tokens[i + 1].text}"))
        elif word in _DEMONSTRATIVES and token.tag == "DT" and following is not None:
            noun = _head_after(tokens, i)
            then = tokens[i + 2] if i + 2 < len(tokens) else None
            if (
                noun is not None
                and noun.lower not in time_nouns
                or following.tag in ("VBZ", "VBD", "MD")
                or following.lower == "one"
                or word == "this"
                and following.tag in ("IN", "TO")
                and following.lower != "that"  # 'saw this as evidence': this, standing for what came before
                or following.tag == "JJ"
                and then is not None
                and (then.text == "," or then.tag.startswith("VB"))
            ):  # 'this commercial, produced by ...': the tagger read the noun as an adjective
                found.append(LooseEnd(i, "demonstrative", f"{token.text} {following.text}"))
        elif (
            word == "such"
            and following is not None
            and (following.lower in ("a", "an") or _head_after(tokens, i) is not None)
        ):  # 'such a network', 'any such legal suit'
            found.append(LooseEnd(i, "such", f"{token.text} {following.text}"))
        elif word == "the" and not in_quotation(item, token.start):
            head = loose_definite(item, i, unique)
            if head is not None:
                found.append(LooseEnd(i, "definite", f"the {tokens[head].text}"))
        elif word in ("here", "there") and token.tag == "RB" or word == "nearby":
            found.append(LooseEnd(i, "place", token.text))  # 'at nearby Warwick': near what?
        elif (
            word in _STUDIED
            and i > 0
            and tokens[i - 1].tag == "NNS"
            and (following is None or following.lower not in ("by", "in", "for", "at", "across", "from"))
        ):
            found.append(
                LooseEnd(i, "relational", f"{tokens[i - 1].text} {token.text}")
            )  # 'people surveyed': which survey?
        elif (
            word == "similar" and token.tag == "JJ" and not any(t.lower in ("to", "as") for t in tokens[i + 1 : i + 5])
        ):
            found.append(LooseEnd(i, "continues", token.text))  # 'a similar seismic release': similar to what?
        elif (
            word == "different"
            and i > 0
            and tokens[i - 1].lower == "a"
            and not any(t.lower in ("from", "than", "to") for t in tokens[i + 1 : i + 6])
        ):
            found.append(LooseEnd(i, "continues", token.text))  # 'a different pattern': different from what?
        elif _opens_with_article(tokens, i) and word in lexicon().list_places:
            found.append(LooseEnd(i, "continues", token.text))  # 'A third diet ...': third of the article's list
        elif i == 0 and word in ("a", "an") and _unnamed_speaker(item):
            found.append(LooseEnd(i, "unnamed", f"{token.text} {following.text if following else ''}".strip()))
        elif i == 0 and word in ("other", "others"):  # 'Others include ...', 'Other SMART-1 innovations are'
            found.append(LooseEnd(i, "continues", token.text))
    found.extend(relative_times(item, inside, relative_time))
    found.extend(weekdays(item, inside))
    found.extend(spans_to_now(item, inside))
    found.extend(months_without_year(item, inside))
    found.extend(_relational(item, inside))
    found.extend(_dependent_words(item, inside))
    found.extend(_bare_surnames(item, inside, known_people))
    found.extend(_unlinked_surnames(item, inside, surnames or {}, known_people, {loose.index for loose in found}))
    return tuple(sorted(found, key=lambda loose: loose.index))


def _loose_pronoun(item: Analyzed, i: int, start: int, people_before: list[int]) -> bool:
    """'he' with no person before it, 'it' or 'they' with no noun before it that they can mean."""
    tokens = item.tokens
    word = tokens[i].lower
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if word in _PERSONAL:
        return not _person_before(item, i, people_before)
    if word not in _SINGULAR | _PLURAL:
        return False
    if not _noun_before(item, i, start, word in _PLURAL):
        return True
    if following is not None and following.lower in lexicon().say_verbs:
        return True
    return word == "it" and _thing_unnamed(item, i, start)


def _person_before(item: Analyzed, index: int, people_before: list[int]) -> bool:
    """Whether a person named before the pronoun can be whom it means. In quoted words, 'he' is never the
    speaker (who says 'I'), so only a person named inside the quotation counts."""
    if not in_quotation(item, item.tokens[index].start):
        return any(last <= index for last in people_before)
    return any(
        m.kind == "PERSON" and m.last <= index and in_quotation(item, item.tokens[m.first].start) for m in item.mentions
    )


def _demonstrative_that(tokens, index: int) -> bool:
    """'picked up that careful approach to management.': the tagger reads 'that' before a noun as a
    conjunction; it is one only when a verb of its own clause follows the noun ('said that trade grew')."""
    noun = _head_after(tokens, index)
    if (
        noun is None
        or noun.tag not in ("NN", "NNS")
        or noun.lower in _words()[2]  # 'in 1977 ... that year': the sentence says which
        or tokens[index + 1].tag not in ("JJ", "NN", "NNS")  # 'estimated that 65% ...'
        or index == 0
        or tokens[index - 1].lower in ("so", "such")
    ):
        return False
    after = next(j for j in range(index + 1, len(tokens)) if tokens[j] is noun) + 1
    for token in tokens[after:]:
        if token.tag in _FINITE:
            return False
        if token.text in (",", ";", ":", ".", "--"):
            return True
    return True


def _head_after(tokens, index: int):
    """The noun a determiner introduces, past its adjectives ('this evolutionary event' -> 'event')."""
    for token in tokens[index + 1 : index + 5]:
        if token.tag.startswith("NN"):
            return token
        if token.tag not in ("JJ", "JJR", "JJS", "VBN", "VBG", "CD", "RB"):
            return None
    return None


def _noun_before(item: Analyzed, index: int, start: int, plural: bool) -> bool:
    """'The company said it ...', 'the banks said they ...', 'Russia and China ... their': an earlier noun of
    the copied part can be what the pronoun means (a plural one, or two names, for 'they')."""
    before = [t for t in item.tokens[:index] if t.start >= start]
    if not plural:
        return any(t.tag in ("NN", "NNP") for t in before)
    names = [m for m in item.mentions if m.last <= index and m.start >= start]
    return (
        any(t.tag in ("NNS", "NNPS") and t.lower not in _TIME_SPANS for t in before)
        or len({m.name for m in names}) >= 2
    )


def in_quotation(item: Analyzed, at: int) -> bool:
    """Whether character `at` lies inside a quotation: 'the sensations' in a speaker's own words is theirs to
    leave unsaid, and the question quotes them as said."""
    text = item.text[:at]
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


_STUDIED = frozenset({"surveyed", "polled", "interviewed", "questioned", "sampled", "tested"})


def _opens_with_article(tokens, i: int) -> bool:
    """'A third diet ...', 'In a third, anti-whaling nations ...': the word follows an article that opens the
    sentence, or one after its opening preposition."""
    return (i == 1 and tokens[0].lower in ("a", "the")) or (
        i == 2 and tokens[0].tag == "IN" and tokens[1].lower in ("a", "the")
    )


def _relational(item: Analyzed, inside) -> list[LooseEnd]:
    """'a faster version', 'respondents', 'the December contract': a thing named by its relation to
    something the copied words never say."""
    tokens = item.tokens
    nouns = lexicon().relational_nouns
    found = []
    for i, token in enumerate(tokens):
        if token.lower not in nouns or not token.tag.startswith("NN") or not inside(i):
            continue
        after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        owned = any(t.tag in ("POS", "PRP$", "NNP", "NNPS") for t in tokens[max(0, i - 3) : i])
        if after not in ("of", "for", "to", "with", "between", "on", "in") and not owned:
            found.append(LooseEnd(i, "relational", token.text))
    return found


def _dependent_words(item: Analyzed, inside) -> list[LooseEnd]:
    """'also', 'for example', 'separately', 'another', 'years later': words that continue what came before."""
    lex = lexicon()
    tokens = item.tokens
    found = []
    for i, token in enumerate(tokens):
        if not inside(i):
            continue
        phrase = (
            next((p for p in _phrases_at(tokens, i) if p in lex.dependent_phrases), None)
            if token.lower in _phrase_openers()
            else None
        )
        if phrase is not None:  # 'for example', 'at the time'
            found.append(LooseEnd(i, "continues", phrase))
        elif token.lower in lex.dependent_words and token.tag in ("RB", "JJ", "DT", "RBR"):
            found.append(LooseEnd(i, "continues", token.text))
    return found


def _unnamed_speaker(item: Analyzed) -> bool:
    """'A lecturer in business strategy at Melbourne Business School says ...': someone the sentence never
    names says it, so whose view it is (and whether it is more than a view) is nothing a student can check."""
    tokens = item.tokens
    noun = _head_after(tokens, 0)
    if noun is None or not names_a_person(noun.lower):
        return False
    if any(m.kind == "PERSON" for m in item.mentions):
        return False
    return any(t.lower in lexicon().say_verbs for t in tokens)


@lru_cache(maxsize=1)
def _phrase_openers() -> frozenset[str]:
    """The first words of the dependent phrases: only a token that is one can open a phrase."""
    return frozenset(phrase.split()[0] for phrase in lexicon().dependent_phrases)


def _phrases_at(tokens, i: int) -> list[str]:
    """The two and three words from tokens[i], lowercased: 'for example', 'at the time'."""
    return [" ".join(t.lower for t in tokens[i : i + size]) for size in (2, 3) if i + size <= len(tokens)]


def _bare_surnames(item: Analyzed, inside, known_people: frozenset[str]) -> list[LooseEnd]:
    """A person named by one word only ('Wishnick said', 'Mr. Gabuev'), whom the sentence never names in full."""
    found = []
    full = {m.name for m in item.mentions if m.kind == "PERSON" and written_in_full(m.text)}
    for mention in item.mentions:
        if mention.kind != "PERSON" or written_in_full(mention.text) or not inside(mention.first):
            continue
        if mention.name in full or mention.name in known_people or mention.text in known_people:
            continue
        if mention.name == mention.text and not mention.title and not _surname_alone(item, mention):
            continue  # 'Buick sales': a one-word name the article never gives in full nor with 'Mr.' is no surname
        found.append(LooseEnd(mention.first, "surname", mention.text))
    return found


def _unlinked_surnames(
    item: Analyzed, inside, surnames: Mapping[str, str], known_people: frozenset[str], taken: set[int]
) -> list[LooseEnd]:
    """A surname of someone the article names in full, written alone where the tagger saw no name ('Wood and
    colleagues chart', 'Lum and team studied')."""
    # A person the tagger found is judged above; a one-word name it took for a place or a company ('Hamilton
    # says') is a surname here when the article names a person of that surname in full.
    named = {i for m in item.mentions if m.kind == "PERSON" or m.last - m.first > 1 for i in range(m.first, m.last)}
    found = []
    for i, token in enumerate(item.tokens):
        full = surnames.get(token.text)
        if (
            full is None
            or i in taken
            or i in named
            or not inside(i)
            or full in known_people
            or not token.text[:1].isupper()
        ):
            continue
        found.append(LooseEnd(i, "surname", token.text))
    return found


_PARTICLES = frozenset({"van", "von", "de", "da", "di", "du", "del", "della", "der", "den", "le", "la", "ter", "ten"})


def written_in_full(text: str) -> bool:
    """'Hans Van Dongen' is a name in full; 'Gabuev' and 'Van Dongen' (a surname of two words) are not."""
    words = text.strip().split()
    return len(words) >= 2 and words[0].lower() not in _PARTICLES


def _surname_alone(item: Analyzed, mention) -> bool:
    """A name that can only be a person's surname written alone: 'Van Dongen', or one word beside a verb of
    saying ('Hamilton says', 'says Hamilton')."""
    words = mention.text.strip().split()
    if words and words[0].lower() in _PARTICLES:
        return True
    say = lexicon().say_verbs
    tokens = item.tokens
    after = tokens[mention.last].lower if mention.last < len(tokens) else ""
    before = tokens[mention.first - 1].lower if mention.first > 0 else ""
    if after in say or before in say:
        return True
    # 'Hamilton was completing his PhD': a verb, then 'his' or 'her' for the one named
    later = {t.lower for t in tokens[mention.last + 1 :]}
    return _tag_at(tokens, mention.last) in ("VBD", "VBZ") and bool(later & {"his", "her", "he", "she"})


def _tag_at(tokens, index: int) -> str:
    return tokens[index].tag if index < len(tokens) else ""


def _thing_unnamed(item: Analyzed, index: int, start: int) -> bool:
    """'Tony Williams ... says it was an anti-climax', 'plans to remove it, Gorman says': 'it' after a verb
    of saying whose sayer is a person, or the object of a verb, with no common noun before it that it can
    mean (the names before it are people and organisations, which are not 'it')."""
    tokens = item.tokens
    previous = tokens[index - 1] if index > 0 else None
    if previous is None:
        return False
    nouns = [t for t in tokens[:index] if t.start >= start and t.tag == "NN"]
    if previous.lower in lexicon().say_verbs:
        people = [m for m in item.mentions if m.kind == "PERSON" and m.last <= index - 1 and m.start >= start]
        return bool(people) and not nouns
    return (
        previous.tag in ("VB", "VBD", "VBZ", "VBP", "VBG")
        and not nouns
        and index + 1 < len(tokens)
        and (tokens[index + 1].text in (",", ".", ";") or tokens[index + 1].tag in ("IN", "TO"))
    )
