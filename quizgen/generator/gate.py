"""Stage 6b: refuse what a strict teacher refuses, before ranking.

Each rule is a failure blind raters named on news the generator had not seen: a question that leans on
the article ('the fire', 'he', 'last month', a bare surname), a quote whose sentence does not name its
speaker, a wrong option of another kind or from an unrelated story, a key that alone carries 'more than',
left-over markup, a blank inside a longer name, trivia about which newspaper reported something.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from ..lexicon import lexicon
from ..nlp.analysis import Analyzed
from ..nlp.gazetteer import common_words, first_names
from ..numbers import number_table
from ..textnorm import fold
from .blanks import cut_name, misplaced_blank
from .context import Corpus
from .draft import Draft
from .facts.model import Fact
from .figures import complement_share, figure_table, study_sample, undated_market_move, unplaced_figure
from .giveaways import absurd_swap, arguable_swap, contradicting_swap, gives_away, indefinite_description
from .people_keys import TITLED, names_where, occupation_first, people_asked, person_key
from .references import Rewrite
from .standalone import LooseEnd, loose_ends, written_in_full
from .stems import word_count
from .typography import garbled, misspelt, shouted_words

__all__ = ["Gate", "gate"]

# 'made in four ways: using ...', '20 aromatic plants: the Alamos pea tree, ...': what is counted follows.
_LISTED = re.compile(r"(?: [\w-]+){1,3}:")

# '_____ from grower group Ausveg, is disappointed', 'MLA Korean manager, _____ says': a lone comma that parts a
# subject from its verb (the copy dropped its pair, or the article had it wrong).
_STRAY_COMMA = re.compile(r"^[^,]+, (?:is|was|are|were|has|had)\b|\b[a-z]+, _____ (?:says|said)\b")
# '&amp;', '&#8217;', an editor's '{trade}', and '#14.13' where a pound sign was lost in conversion
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,5});|\{[^{}]*\}|(?<![\w&])#\d")
# Blind raters accepted a quarter of copied sentences to fill in of up to 20 words, and almost none longer.
_CLOZE_WORDS = 22
_WH_WINDOW = 5  # tokens before a number that a share or value question copies ('bilateral trade of')
_ABBREVIATION = re.compile(r"^[A-Z]{2,4}$")
# 'Dale Gerding of Hines Veterans Affairs Hospital', 'Taxonomist Dr Robert Hoare': more than a name to type.
_WORKPLACE = re.compile(r"\s(?:of|from|at)\s")
_LEFTOVER = re.compile(r"\brespectively\b|['‘“\"]_____|_____[’”\"'](?!s\b)")
_NAME_TAGS = frozenset({"NNP", "NNPS"})
_ARTICLE_NAMES = re.compile(r"\bthe article (?:name|names|describe|describes|connect|connects)\b", re.IGNORECASE)


class Gate:
    """The refusal rules over one corpus, with the lookups they share computed once."""

    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        # Loose ends by (sentence, span, skipped spans): a fact's questions copy the same words. The sentences
        # live as long as the corpus this gate is for, so their ids are theirs throughout.
        self._loose: dict[tuple[int, int, int, tuple[tuple[int, int], ...]], tuple[LooseEnd, ...]] = {}

    def refusal(self, draft: Draft) -> str | None:
        """Why a teacher would refuse the draft as it is, or None."""
        texts = [draft.prompt, *draft.choices, *(a for pair in draft.pairs for a in pair)]
        if isinstance(draft.answer, str):
            texts.append(draft.answer)
        if any(_ENTITY.search(t) for t in texts):
            return "markup"
        if any(garbled(t) for t in texts):
            return "characters garbled by a wrong encoding"
        shouted = shouted_words(" ".join((draft.prompt, *(f.item.text for f in draft.facts))))
        if shouted:
            return f"a heading's capitals left in the text ({shouted})"
        typo = misspelt(" ".join(texts))
        if typo:
            return f"a misspelt word from the source ({typo})"
        if draft.form == "cloze" and any(not _ends_a_sentence(f.item.text) for f in draft.facts):
            return "a caption or a heading, not a sentence (no full stop)"
        if draft.prompt.rstrip().endswith(":"):
            return "a sentence that introduces what follows it ('Other recipients include:')"
        if _LEFTOVER.search(draft.prompt):
            return "a word left over from the source ('respectively', a quoted blank)"
        if _ARTICLE_NAMES.search(draft.prompt) and draft.type != "matching":
            return "names the article instead of what it is about"
        if draft.type == "true_false" and draft.form == "statement" and draft.facts[0].kind in ("entity", "subject"):
            # False by a swapped name is absurd ('Moscow provides Russia with energy'); true, a copied sentence
            # that tests nothing checkable. A statement is asked about a number, or a role or description.
            return "a statement that turns on a name"
        if (
            draft.type == "matching"
            and draft.form == "role"
            and any(" " not in left.strip() for left, _ in draft.pairs)
        ):
            return "a person not named in full"
        if (
            draft.type == "matching"
            and draft.form == "role"
            and any(not names_where(right) for _, right in draft.pairs)
        ):
            return "a post that names no organisation ('president' of what?, 'executive chairman')"
        if any(not written_in_full(name) for name in people_asked(draft)):
            return "a person not named in full ('Van Dongen said: ...')"
        if any(f.quantity is not None and f.quantity.kind == "weekday" for f in draft.facts):
            return "a weekday a student cannot date"
        quantity = draft.facts[0].quantity
        if draft.type == "numeric" and quantity is not None and quantity.kind == "year" and quantity.text.endswith("s"):
            return "a decade asked as one year ('the 1970s' keyed 1970)"
        if draft.type == "numeric" and quantity is not None and quantity.scale and quantity.kind != "money":
            return "a number whose scale the key drops"
        if (
            draft.type == "numeric"
            and quantity is not None
            and quantity.kind == "count"
            and not quantity.unit.endswith("s")
        ):
            return "a count whose unit is not what it counts ('4 storm')"
        if draft.type == "fill_in_blank" and isinstance(draft.answer, str) and _ABBREVIATION.match(draft.answer):
            return "an abbreviation to type"
        answer = draft.answer if isinstance(draft.answer, str) else ""
        if draft.facts[0].kind != "quantity" and re.search(r"[A-Za-z]+ \d[\d,.]*$", answer):
            return "a name run into the number after it ('Mardie Station 150')"
        if draft.type == "fill_in_blank" and sum(c.isalnum() for c in answer) == 1:
            return "a key of one letter ('C.')"
        if draft.type in ("fill_in_blank", "multiple_choice") and answer.lower() in lexicon().unique_nouns:
            return "a key anyone could guess ('the gamma rays inside _____'s atmosphere': Earth)"
        if draft.facts[0].kind != "quantity" and (
            TITLED.search(answer)
            or person_key(draft)
            and (_WORKPLACE.search(answer) or " " in answer and not written_in_full(answer))
            or occupation_first(answer)
        ):
            return "a person's key with a title or a workplace, or a surname alone ('Van Anders')"
        if draft.form == "cloze" and draft.type in ("fill_in_blank", "multiple_choice") and self._generic(draft):
            return "a generic name many answers fit ('the Federal Government')"
        if gives_away(draft):
            return "the prompt carries a word of its key"
        if _STRAY_COMMA.search(draft.prompt):
            return "a comma between a subject and its verb ('_____ from grower group Ausveg, is disappointed')"
        if "[" in draft.prompt or any("[" in right for _, right in draft.pairs):
            return "an editor's words in square brackets ('[LY038] has the potential ...')"
        if contradicting_swap(draft):
            return "a changed number the sentence's other number gives away"
        if absurd_swap(draft):
            return "a changed number nobody would believe ('22nd century technology')"
        if arguable_swap(draft):
            return "a changed number that leaves the statement arguably true ('55 or older', 'a fourth')"
        if any(indefinite_description(f) for f in draft.facts) and draft.type != "matching":
            return "a description many things fit ('a TV production company')"
        if draft.form != "quote_attribution" and any(not self.corpus.verdict(f.item).factual for f in draft.facts):
            return "an opinion asked as a fact"
        reason = cut_name(draft)
        if reason:
            return reason
        if any(_count_listed(fact) for fact in draft.facts):
            return "a count the list after it gives away ('in four ways: ...', '_____ aromatic plants: ...')"
        reason = (
            unplaced_figure(draft, self.context(draft))
            or undated_market_move(draft)
            or study_sample(draft)
            or figure_table(draft)
            or complement_share(draft)
        )
        if reason:
            return reason
        for fact in draft.facts:
            loose = self.loose(fact, draft)
            if loose:
                return f"loose end: {loose[0].text} ({loose[0].kind})"
        if draft.form == "quote_attribution" or any(f.kind == "quote" for f in draft.facts):
            reason = self._attribution(draft)
            if reason:
                return reason
        if draft.type == "multiple_choice":
            reason = self._options(draft)
            if reason:
                return reason
        if draft.form == "cloze" and draft.type == "multiple_choice":
            return "a copied sentence with a choice of blanks"  # blind raters accepted none on any text
        if draft.form == "cloze" and draft.type == "fill_in_blank" and word_count(draft.prompt) > _CLOZE_WORDS:
            return "a long copied sentence to fill in"
        if draft.form == "cloze" and draft.type != "matching":
            reason = misplaced_blank(draft)
            if reason:
                return reason
        return None

    def loose(self, fact: Fact, draft: Draft) -> tuple[LooseEnd, ...]:
        """The loose ends in what the question copies from the fact's sentence."""
        item = fact.item
        skip: list[tuple[int, int]] = []
        if fact.kind in ("quote", "role", "description") and draft.form != "cloze":
            start, end = fact.detail_start, fact.detail_end
        elif fact.kind == "quantity" and draft.form == "wh_question":
            # 'what was the value of bilateral trade ... in 2023?' copies the words around the number only
            at = next((i for i, t in enumerate(item.tokens) if t.start >= fact.answer_start), 0)
            start, end = item.tokens[max(0, at - _WH_WINDOW)].start, len(item.text)
            skip = [(fact.answer_start, fact.answer_end)]
        else:
            start, end = 0, len(item.text)
            # A true statement shows its answer as written; every other question replaces or asks it.
            shown = draft.type == "true_false" and draft.answer is True
            skip = [] if shown else [(fact.answer_start, fact.answer_end)]
            rewrite = self.rewrite_used(fact, draft)
            if rewrite:
                skip += [(a, b) for a, b, _ in rewrite.parts]
        key = (id(item), start, end, tuple(skip))
        if key not in self._loose:
            surnames = self.corpus.surnames.get(item.source_id, {})
            self._loose[key] = loose_ends(
                item, start, end, skip=skip, known_people=self.corpus.known_people, surnames=surnames
            )
        return self._loose[key]

    def rewrite_used(self, fact: Fact, draft: Draft) -> Rewrite | None:
        """The rewrite of the fact's sentence that the question's text went through (cloze and statements are
        built from the sentence with its references resolved; other forms from its words as written)."""
        if draft.form not in ("cloze", "statement") or fact.kind in ("quote", "role", "description"):
            return None
        readable = self.corpus.readable(fact.item)
        return readable[1] if readable else None

    def context(self, draft: Draft) -> tuple[Analyzed, ...]:
        """The earlier sentences that name what the question's resolved references mean."""
        found: dict[int, Analyzed] = {}
        for fact in draft.facts:
            rewrite = self.rewrite_used(fact, draft)
            for item in rewrite.sources if rewrite else ():
                found[id(item)] = item
        return tuple(found.values())

    def _attribution(self, draft: Draft) -> str | None:
        """A quote is asked about only when its own sentence names the speaker in full, and a false
        statement names someone quoted in the same article."""
        for fact in draft.facts:
            if fact.kind != "quote":
                continue
            if fact.support:
                return "speaker named only in another sentence"
            if not _named_in_full(fact.item, fact.subject):
                return "speaker not named in full"
        if draft.type == "true_false" and draft.answer is False and draft.facts[0].kind == "quote":
            claimed = draft.prompt.split(" said:", 1)[0].strip()
            if not self.corpus.in_article(claimed, draft.facts[0].item.source_id):
                return "false speaker from another article"
        return None

    def _options(self, draft: Draft) -> str | None:
        """Wrong options of the answer's kind and form, and for people, from the answer's own article."""
        answer = str(draft.answer)
        wrong = [c for c in draft.choices if c != answer]
        qualifier = _qualifier()
        if qualifier.match(answer) and not all(qualifier.match(c) for c in wrong):
            return "only the key carries a qualifier"
        corpus = self.corpus
        if any(corpus.is_protagonist(c) for c in wrong):
            return "a protagonist of the story offered as a wrong option"
        primary = draft.facts[0]
        if primary.answer_kind == "ORGANIZATION" and primary.kind != "quantity":
            same = set(corpus.names.by_kind.get((primary.answer_kind, primary.answer_subtype), ()))
            if any(c not in same for c in wrong):
                return "a wrong option of another kind"
            if any(not self.corpus.in_article(c, primary.item.source_id) for c in wrong):
                return "a wrong option from another article"
        if primary.answer_kind == "PERSON" and primary.kind != "quantity":
            source = primary.item.source_id
            if any(not self.corpus.in_article(c, source) for c in wrong):
                return "a wrong option from another article"
            if any((" " in c) != (" " in answer) for c in wrong):
                return "options written in different forms"
        return None

    def _generic(self, draft: Draft) -> bool:
        """An answer of at most two everyday words ('National Party', 'Federal Government') names no one thing."""
        words = str(draft.answer).replace("the ", "").split()
        common = common_words()
        fact = draft.facts[0]
        if fact.kind == "quantity":
            return False
        if 1 <= len(words) <= 2 and words[-1] in ("Government", "Opposition"):
            return True  # 'the Federal Government', 'the State Government', however tagged
        if fact.answer_kind not in ("ORGANIZATION", "PERSON"):
            return False
        if fact.answer_kind != "ORGANIZATION" and (not words or words[0] in first_names()):
            return False  # 'Bill Gates' is a person; 'Federal Government', however tagged, is not
        return len(words) <= 2 and all(w.lower() in common for w in words)


def _ends_a_sentence(text: str) -> bool:
    """'... denouncing North Korea's reported nuclear test' under a photo ends with no full stop."""
    return text.rstrip().rstrip("”’\"')").endswith((".", "?", "!"))


@lru_cache(maxsize=1)
def _qualifier() -> re.Pattern[str]:
    """'more than', 'about', ... (the number table's bounds and approximations) opening an option."""
    table = number_table()
    words = sorted((*table.bounds, *table.approximations), key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")\s", re.IGNORECASE)


def _named_in_full(item: Analyzed, name: str) -> bool:
    folded = fold(name)
    return any(m.kind == "PERSON" and fold(m.name) == folded and " " in m.text.strip() for m in item.mentions)


def gate(drafts: Sequence[Draft], corpus: Corpus, rejected: list[tuple[str, Draft]] | None = None) -> list[Draft]:
    """The drafts a strict teacher would not refuse outright; `rejected` collects (reason, draft) for the rest."""
    rules = Gate(corpus)
    kept = []
    for draft in drafts:
        reason = rules.refusal(draft)
        if reason is None:
            context = rules.context(draft)
            stem = f" {fold(draft.prompt)} "
            accepted = tuple(a for a in draft.accepted if f" {fold(a)} " not in stem)
            kept.append(replace(draft, context=context, accepted=accepted))
        elif rejected is not None:
            rejected.append((reason, draft))
    return kept


def _count_listed(fact: Fact) -> bool:
    """A count whose list follows it in the sentence: a blank or a changed number the list gives away."""
    quantity = fact.quantity
    return quantity is not None and quantity.kind == "count" and bool(_LISTED.match(fact.item.text, quantity.end))
