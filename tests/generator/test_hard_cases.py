"""Sentence shapes from other news that would give a wrong answer key if read naively."""

from __future__ import annotations

import re

from benchmarks.abc_corpus import abc_articles
from quizgen.corpus import article_from_text
from quizgen.evaluation import check_bank
from quizgen.generator import generate
from quizgen.generator.candidates import candidates
from quizgen.generator.context import Corpus
from quizgen.generator.facts.quotes import quote_facts
from quizgen.models import Bank
from quizgen.nlp.analysis import analyze
from quizgen.nlp.quantities import find_quantities
from quizgen.nlp.tagging import tag_text

STORY = """Farmers count the cost of the drought

The state government has promised US$2.5 million to help farmers in the north of the state.
Officials say several hundred million dollars has already been lost across the region this year.
A deal has just been signed to move 2,5000 head of cattle from Deep Well Station on to Haasts Bluff.
The report was written by [Organisation ] staff working with the district council in March.
Researchers at the University of Adelaide have studied the dry years since 1990.
"We are dreaming of a cap with electrodes," says Professor Klaus-Robert M&uuml;ller of the Fraunhofer Institute.
Mary Thompson runs a cattle station near Alice Springs and has farmed there for 30 years.
"George Bush has never seen a drought like this one," the farmer said on Tuesday.
"We have lost half of the herd and the bank wants its money back," she said.
"""


def _analyzed():
    return analyze([article_from_text(STORY, "seeds/drought.txt")])


def _sentence(items, opening):
    return next(item for item in items if item.sentence.text.startswith(opening))


def test_vague_amounts_and_misprinted_numbers_are_no_quantities():
    for text in (
        "Several hundred million dollars has already been lost.",
        "It cost them a couple of hundred dollars.",
        "Hundreds of thousands of people came.",
        "They moved 2,5000 head of cattle.",
    ):
        assert [q.text for q in find_quantities(text, tag_text(text)) if q.kind in ("count", "money")] == [], text


def test_a_currency_prefix_and_a_placeholder_are_no_names_and_an_entity_is_read_as_its_letter():
    items = _analyzed()
    money = _sentence(items, "The state government")
    assert not any(m.text == "US" for m in money.mentions)
    placeholder = _sentence(items, "The report was written")
    assert not any("Organisation" in m.text for m in placeholder.mentions)
    entity = _sentence(items, '"We are dreaming')
    # '&uuml;' is read as 'ü', so the name is whole and a person's
    assert ("Klaus-Robert Müller", "PERSON") in [(m.text, m.kind) for m in entity.mentions]
    assert "Fraunhofer Institute" in [m.text for m in entity.mentions]


def test_a_university_named_after_a_city_stays_one_name():
    items = _analyzed()
    names = [(m.text, m.kind) for m in _sentence(items, "Researchers at").mentions]
    assert ("University of Adelaide", "ORGANIZATION") in names


def test_a_person_named_inside_a_quote_is_not_its_speaker():
    speakers = {f.detail: f.subject for f in quote_facts(_analyzed())}
    assert "George Bush" not in speakers.values()


def test_the_story_gives_only_grounded_questions():
    article = article_from_text(STORY, "seeds/drought.txt")
    generated = generate([article])
    bank = Bank(title="Drought", sources=list(generated.sources), questions=list(generated.questions))
    assert check_bank(bank, {article.source.id: article.text}) == []
    answers = {str(getattr(q, "answer", "")) for q in generated.questions}
    assert not answers & {"US", "United States", "Organisation", "Adelaide", "5000.0", "2.0"}
    # 'The state government has promised ...': which state, the question could not say.
    assert not any("state government" in q.prompt for q in generated.questions)


def test_a_swapped_amount_keeps_its_currency():
    from quizgen.generator.candidates import candidates
    from quizgen.generator.context import Corpus

    article = article_from_text(STORY, "seeds/drought.txt")
    drafts, _ = candidates(Corpus.of([article], analyze([article])))
    statements = [d.prompt for d in drafts if d.type == "true_false"]
    assert any("million to help farmers" in s for s in statements)
    assert all("$" not in s or "US$" in s for s in statements)


def test_a_blank_over_a_surname_written_out_in_full_covers_the_whole_name():
    # ABC science news: 'Flanagan says' after 'Associate Professor Randy Flanagan' earlier in the story.
    stories = abc_articles(("science.txt",))
    articles = [a for a in stories if a.source.id == "science-00117"] + stories[:25]  # others for wrong options
    drafts, _ = candidates(Corpus.of(articles, analyze(articles)))
    speaker = [d for d in drafts if d.key.startswith("name|Randy Flanagan") and d.prompt.startswith('"We are const')]
    assert speaker, "no question asks who predicts the consequences of our actions"
    assert all(d.prompt.endswith('," _____ says.') for d in speaker if d.type != "true_false")
    assert not [d.prompt for d in drafts if re.search(r"_____\w|\w_____", d.prompt)]


ABC_LINES = """Circumcision cuts HIV risk

"It does have the potential to prevent many tens of thousands of infections," says Dr Kevin De Cock, director of the World Health Organization's Department of HIV/AIDS.
The US Department of Agriculture has suspended wheat exporter AWB, several individuals and a Minnesota commodities firm from USDA programs.
De Cock says public health experts might encounter cultural and social barriers in parts of Africa.
For more information on bipolar disorder, including fact sheets and referrals, see beyondblue, Australia's national depression initiative.
"""


def test_a_possessive_follows_its_blank_a_list_is_no_description_and_a_pointer_elsewhere_is_no_fact():
    articles = [article_from_text(ABC_LINES, "seeds/abc-lines.txt")]
    items = analyze(articles)
    drafts, facts = candidates(Corpus.of(articles, items))
    role = [d for d in drafts if d.key.startswith("role|Kevin De Cock") and d.type == "fill_in_blank"]
    assert [d.prompt for d in role] == ["Kevin De Cock is the director of the _____'s Department of HIV/AIDS."]
    assert not [f for f in facts if f.kind == "description" and f.subject == "AWB"]
    assert not [i for i in items if i.text.startswith("For more information")]
