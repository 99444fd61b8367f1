"""Each failure class blind raters named, shown on a real ABC story sentence: the candidate exists, and the
generator's output does not keep it."""

from __future__ import annotations

import re

import pytest

from benchmarks.abc_corpus import abc_articles
from quizgen.generator import generate
from quizgen.generator.candidates import candidates
from quizgen.generator.context import Corpus
from quizgen.generator.standalone import loose_ends
from quizgen.nlp.analysis import analyze

# Development stories (the ABC corpus is tuned on; held-out news is measured elsewhere).
STORIES = {
    "weather-conditions-to-test-firefighters",
    "industrial-aerosols-don-t-just-affect-air-quality",
    "growers-warned-not-to-sign-contracts",
    "the-newly-discovered-dinosaur-looked-like-t-rex",
    "this-fishy-creature-which-was-up-to-3",
    "neanderthals-used-their-knowledge-of-animal-behaviour-to",
    "researchers-say-their-system-of-injecting-ethanol-into",
    "the-celestial-body-now-known-as-eris-with",
    "science-00572",
    "a-wide-variety-of-food-helps-brushtail-possums",
    "report-highlights-desire-for-change-to-wheat-marketing",
}
QUALIFIER = re.compile(r"^(more than|over|at least|about|around|nearly|almost|some|up to|less than) ", re.IGNORECASE)


@pytest.fixture(scope="module")
def dev():
    articles = [a for a in abc_articles() if a.source.id in STORIES]
    assert len(articles) == len(STORIES)
    items = analyze(articles)
    drafts, _ = candidates(Corpus.of(articles, items))
    return articles, items, drafts, generate(articles).questions


def _texts(question):
    return [
        question.prompt,
        *getattr(question, "choices", []),
        *(t for p in getattr(question, "pairs", []) for t in (p.left, p.right)),
    ]


def test_a_sentence_leaning_on_the_article_is_not_copied(dev):
    _, items, drafts, questions = dev
    fire = next(i for i in items if i.text.startswith("The fire has burnt"))
    assert [e.text for e in loose_ends(fire)] == ["the fire"]
    assert any(d.prompt.startswith("The fire has burnt") for d in drafts)
    assert not any(q.prompt.startswith("The fire has burnt") for q in questions)


@pytest.mark.parametrize(
    "sentence,loose",
    [
        ("Its air and naval forces have held joint military exercises, notably near Alaska and Taiwan.", ["Its"]),
        (
            "Yet in a sign that its cooperation with China has limits, Russia is reluctant to share such technology.",
            ["such technology"],
        ),
        ("Previous fossils representing this evolutionary event have really been fish.", ["this evolutionary"]),
        ("The company said it would build a plant in Harbin next year.", ["the company", "next year"]),
        ("The Harbin Institute of Technology said it would open a campus.", []),
        # ABC science news: a kind named by its words, a participle saying which ones, a speaker's own words.
        (
            "Wood and colleagues chart the early history of our Earth's development starting with the birth of the "
            "solar system more than 4.5 billion years ago.",
            [],
        ),
        (
            "Of the 39.5 million people worldwide infected with the human immunodeficiency virus, 24.7 million are "
            "in sub-Saharan Africa.",
            [],
        ),
        # In quoted words 'the cortex' is the speaker's; 'a different pattern' still asks: different from what?
        ('"We found that the cortex showed a different pattern of development," says Philip Shaw.', ["different"]),
        ('"We found that the cortex showed a different pattern from that of adults," says Philip Shaw.', []),
        ("The trials began in 2005 and were due to go until mid-2007.", ["the trials"]),
        ("The prime minister said the trade war would end.", ["the minister", "the war"]),
        (
            "The solar flare was hundreds of thousands times more powerful than this one, a typical solar flare "
            "from our Sun seen in 2005.",
            ["this one"],
        ),
        # Held-out news: the tagger's 'that' before a noun, the writer's own voice, a 'he' inside a quotation.
        (
            "Associates say Tom Hahn picked up that careful approach to management as president of Virginia Tech.",
            ["that careful"],
        ),
        ("A survey of 12 district banks blurred that picture of the economy.", ["that picture"]),
        ("Analysts said that trade between Russia and China grew by 26% in 2023.", []),
        ("Jan Stevenson estimated that 65% of new cars run on alcohol.", []),
        ("Prices fell 12% in 1977, despite a 15% rise in dividends that year.", []),
        (
            "As for the findings on the 203 Baltimore homeless who underwent examinations, I suggest you conduct "
            "your own survey.",
            ["I", "you", "your"],
        ),
        ('"I am highly skeptical that Brazil will curtail exports," said Thomas Oxnard of PaineWebber.', []),
        ('Says long-time associate Jerry Griffin of WTD Industries: "He is not of the old school."', ["He"]),
        ('"Jerry Griffin knows that he is not of the old school," said Tom Hahn of WTD Industries.', []),
        # A name before a person noun does not say which person; before another noun, it does.
        ("The Texas oilman has acquired a 26.2% stake in Koito Manufacturing Co.", ["the oilman"]),
        ("The Buick spokeswoman says sales rose.", ["the spokeswoman"]),
        ("Oil prices lifted profit at the Marathon Oil Co. unit to $198 million.", []),
        ("So did the Federal Reserve Board's industrial-production index.", ["so did"]),
        # A city or a state before a company's noun does not say which; a country's economy or pipeline does.
        ("The Pennsylvania bank agreed to be acquired by Univest Corp. for $25.50 a share.", ["the bank"]),
        ("The Stamford, Conn., concern agreed to a buy-out by Bank of New York.", ["the concern"]),
        ("The record corn-buying binge by the Soviet Union is causing bottlenecks in the U.S. grain pipeline.", []),
        # Held-out refusals: a noun the tagger read as an adjective, a possessor, a preposition that says nothing.
        ("And then this commercial, produced by Bob Squier, gets down to its own business.", ["this commercial"]),
        (
            "The department's Occupational Safety and Health Administration proposed fines of $6.1 million.",
            ["the department"],
        ),
        (
            "OSHA said there have been three worker fatalities at the two plants in the past two years.",
            ["the plants", "the past ... years"],
        ),
        ("The materials in each set reach about 90 students.", ["the materials"]),
        ("To offset the reduction, Congress approved a $20,000 fee.", ["the reduction"]),
        ("The price is a new high for California Cabernet Sauvignon.", ["the price"]),
        ("Biscayne Securities Corp. and a principal of the firm, Alvin Rosenblum, were fined $20,000.", []),
        # Times only the article's date can place.
        ("Ford plans to build 40,000 cars two years from now.", ["from now"]),
        ("At last count, Candela had sold 47 lasers.", ["last count"]),
        ("The inquiry has spent the past four months investigating AWB.", ["the inquiry", "the past ... months"]),
        ("The inquiry has spent the past four months investigating AWB since 2005.", ["the inquiry"]),
        ("India is expected to announce a tender for wheat within a week.", ["within week"]),
        ("A professor was dismissed after losing a lawsuit in January.", ["January"]),
        ("A professor was dismissed after losing a lawsuit in January 2006.", []),
        # A number after the noun begins another phrase; a determiner after a comma begins another clause.
        ("Matthias Laska and his colleagues observed the behaviour 20 times in two monkeys.", ["the behaviour"]),
        (
            "As pressure mounts from the cost of the inquiry, the Grain Growers Association says it must change.",
            ["the inquiry"],
        ),
        ("Researchers visited the city, Harbin, in 2023.", []),
        # A school is no person, so 'she' is not resolved by it.
        ("Others at Greenville High say she was eager to win.", ["Others", "she"]),  # others than whom?
        # Phrases of three words that continue what came before; 'this' standing for it; 'such' before an adjective.
        ("At the time, scientists saw this as evidence of ice.", ["at the time", "this as"]),
        ("A spokesman says the company would fight any such legal suit.", ["A spokesman", "the company", "such legal"]),
        ("Physicists used supercomputers to study the oddly named particle.", ["the particle"]),
        ("Lake Vostok, at 15 million years old, is thought to be the oldest.", ["the oldest"]),
        # Someone the sentence never names says it.
        (
            "A lecturer in business strategy at Melbourne Business School says growers would be better off.",
            ["A lecturer"],
        ),
        # A span so long that the article's date does not matter.
        ("Climate changes in Greenland over the past 100,000 years are reflected in Antarctica.", []),
        ("Prices rose over the past four months.", ["the months", "the past ... months"]),
    ],
)
def test_loose_ends_are_found_and_resolved_ones_are_not(sentence, loose):
    from quizgen.corpus import article_from_text

    filler = "Officials from several countries met on Monday to discuss trade, farming, energy and the weather in a long meeting."
    items = analyze([article_from_text(f"Headline\n\n{filler}\n\n{sentence}\n", "seeds/x.txt")])
    item = next(i for i in items if i.text == sentence)
    assert [e.text for e in loose_ends(item)] == loose


def test_a_quote_whose_sentence_says_only_he_says_is_not_attributed(dev):
    _, _, drafts, questions = dev
    words = "That will have a big impact in Europe"
    assert any(words in d.prompt and d.form == "quote_attribution" for d in drafts)
    assert not any(words in q.prompt for q in questions if q.form == "quote_attribution")


def test_people_are_matched_only_when_named_in_full_and_never_an_organisation_as_a_speaker(dev):
    *_, questions = dev
    for question in questions:
        if question.type == "matching" and question.form == "role":
            assert all(" " in pair.left for pair in question.pairs), question.pairs
        if question.form == "quote_attribution":
            assert "Association" not in str(getattr(question, "answer", ""))


def test_wrong_people_come_from_the_same_article_and_are_written_alike(dev):
    articles, _, _, questions = dev
    texts = {a.source.id: a.text for a in articles}
    for question in questions:
        if question.type != "multiple_choice" or question.form not in ("role", "quote_attribution"):
            continue
        text = texts[question.citations[0].source]
        for choice in question.choices:
            assert choice.split()[-1] in text, (question.prompt, choice)
        assert len({" " in c for c in question.choices}) == 1, question.choices


def test_no_false_statement_names_a_speaker_from_another_story(dev):
    articles, _, _, questions = dev
    texts = {a.source.id: a.text for a in articles}
    for question in questions:
        if question.type == "true_false" and " said: “" in question.prompt:
            speaker = question.prompt.split(" said:")[0]
            assert speaker.split()[-1] in texts[question.citations[0].source], question.prompt


def test_no_markup_or_leftover_typography_reaches_a_student(dev):
    *_, questions = dev
    for question in questions:
        for text in _texts(question):
            assert not re.search(r"&[A-Za-z]{2,8};|&#\d+;", text), text
            assert "respectively" not in text and "'_____" not in text and "“_____" not in text


def test_no_key_drops_the_scale_of_its_number(dev):
    *_, questions = dev
    assert not any(q.type == "numeric" and q.answer == 375 for q in questions)


def test_no_key_alone_carries_a_qualifier(dev):
    *_, questions = dev
    for question in questions:
        if question.type == "multiple_choice" and QUALIFIER.match(question.answer):
            assert all(QUALIFIER.match(c) for c in question.choices), question.choices


def test_a_blank_is_a_whole_name_and_never_a_nationality_before_a_noun(dev):
    _, _, drafts, questions = dev
    assert any("Forests _____" in d.prompt for d in drafts)
    for question in questions:
        assert "Forests _____" not in question.prompt
        assert not re.search(r"_____ (researchers|anthropologists|scientists)\b", question.prompt), question.prompt


HELD_OUT_SHAPES = """Markets steady as dealers wait for new bonds

FAMILY PETS are improving recovery rates of patients at Columbia Hospital, Milwaukee, according to a study of 340 patients.
West German dealers said there was little interest in Treasury bonds ahead of Thursday's new government bond issue.
"Whether you thought the economy was growing weak or holding steady, Õyesterday'så indicators didn't change your opinion," said Charles Lieberman, a managing director at Manufacturers Hanover Securities Corp.
In the 1970s, scientists at Harvard University reported cancer cases among the daughters of 2,000 DES users.
Columbia Hospital in Milwaukee opened a new wing for 120 patients in 1985, the hospital said.
"""


def test_garbled_text_a_heading_s_capitals_a_weekday_and_a_decade_as_a_year_never_reach_a_student():
    from quizgen.corpus import article_from_text
    from quizgen.generator.gate import Gate

    articles = [article_from_text(HELD_OUT_SHAPES, "seeds/markets.txt")]
    corpus = Corpus.of(articles, analyze(articles))
    drafts, _ = candidates(corpus)
    rules = Gate(corpus)
    reasons = {rules.refusal(d) for d in drafts}
    assert {
        "characters garbled by a wrong encoding",
        "a heading's capitals left in the text (FAMILY PETS)",
        "a weekday a student cannot date",
        "a decade asked as one year ('the 1970s' keyed 1970)",
    } <= reasons
    questions = generate(articles).questions
    assert questions  # the clean sentence still gives questions
    for question in questions:
        text = " ".join(_texts(question))
        assert "Õ" not in text and "FAMILY PETS" not in text and "Thursday" not in text, text
        assert not (question.type == "numeric" and "1970s" in question.citations[0].quote), question.prompt


# Figures from held-out business news, the way blind raters refused them: whose sales, over what period,
# and a change in percent given by the two sums beside it.
HELD_OUT_FIGURES = """Steel and oil results

Sales rose 4% to $3.28 billion from $3.16 billion.
Higher crude oil prices helped boost operating profit for the Marathon Oil Co. unit to $198 million from $180 million.
Rockwell International Corp.'s sales rose 5% in fiscal 1989 to $12.52 billion from $11.95 billion.
In a separate report, the Commerce Department said construction spending ran at an annual rate of $415.6 billion in September.
USX has about $5.5 billion in long-term debt and 257 million shares outstanding.
Moody's said the average net asset value of 24 junk-bond mutual funds fell by 4.2% in October.
"""


def test_a_figure_says_whose_it_is_and_when_and_is_not_worked_out_from_the_figures_beside_it():
    from quizgen.corpus import article_from_text
    from quizgen.generator.gate import Gate

    articles = [article_from_text(HELD_OUT_FIGURES, "seeds/steel.txt")]
    corpus = Corpus.of(articles, analyze(articles))
    drafts, _ = candidates(corpus)
    rules = Gate(corpus)
    refused = {d.prompt: rules.refusal(d) for d in drafts if d.type == "numeric"}
    assert refused["Sales rose _____ to $3.28 billion from $3.16 billion."] == (
        "a figure that does not say whose it is ('Sales rose _____')"
    )
    marathon = "Higher crude oil prices helped boost operating profit for the Marathon Oil Co. unit to _____ from"
    assert {r for p, r in refused.items() if p.startswith(marathon)} == {"a change that does not say over what period"}
    rockwell = [r for p, r in refused.items() if p.startswith("Rockwell International") and "fiscal 1989" in p]
    assert len(rockwell) == 3 and all(r and "work out" in r for r in rockwell)  # the share and both sums
    # An approximate figure keeps its 'about' in the stem.
    assert refused["USX has about _____ in long-term debt and 257 million shares outstanding."] is None
    # 'in October' of which year? A month places a figure in time only beside a year.
    assert (
        refused["Moody's said the average net asset value of 24 junk-bond mutual funds fell by _____ in October."]
        == "loose end: October (time)"
    )
    assert not any("annual rate" in d.prompt and d.form == "wh_question" for d in drafts)
    prompts = [q.prompt for q in generate(articles).questions]
    assert any(p.startswith("USX has") for p in prompts), prompts
    assert not any(p.startswith(("Sales rose", "Higher crude")) for p in prompts), prompts
    assert all("fiscal _____" in p for p in prompts if p.startswith("Rockwell")), prompts  # the year may be asked


HELD_OUT_MARKET = """Markets

Stock prices closed higher in Stockholm, Amsterdam and Frankfurt and lower in Zurich.
Santa Fe Pacific dropped 1 1/8 to 17 3/4.
The FT 30-share index settled 16.7 points higher at 1738.1.
West Texas Intermediate for December delivery advanced 22 cents to $19.94 a barrel.
Texaco rose 3/4 to 53 3/8 as 4.4 million shares changed hands.
The Dow Jones Industrial Average fell 190.58 points to 2569.26 on Oct. 13, 1989, its second-worst drop.
Exports from Texas rose 12% to $4.1 billion in 1988, the state comptroller said.
"""


def test_a_day_s_market_move_is_asked_only_when_the_sentence_dates_it():
    from quizgen.corpus import article_from_text
    from quizgen.generator.gate import Gate

    articles = [article_from_text(HELD_OUT_MARKET, "seeds/markets.txt")]
    corpus = Corpus.of(articles, analyze(articles))
    drafts, _ = candidates(corpus)
    rules = Gate(corpus)
    undated = "a day's market move a student cannot date ('dropped 1 1/8 to 17 3/4')"
    reasons: dict[str, set[str | None]] = {}
    for draft in drafts:
        reasons.setdefault(draft.facts[0].item.text, set()).add(rules.refusal(draft))

    def refused(start: str) -> set[str | None]:
        return next(r for sentence, r in reasons.items() if sentence.startswith(start))

    for start in ("Stock prices", "Santa Fe", "The FT 30", "West Texas", "Texaco"):
        assert undated in refused(start) and None not in refused(start), (start, refused(start))
    for start in ("The Dow", "Exports from"):  # dated: the other rules judge them
        assert undated not in refused(start), (start, refused(start))
    assert None in refused("The Dow")
    prompts = [q.prompt for q in generate(articles).questions]
    assert not any(word in p for p in prompts for word in ("Santa Fe", "Stockholm", "FT 30", "Intermediate", "Texaco"))


def test_a_blank_is_never_part_of_a_name_or_a_number_nor_one_name_of_a_list():
    from quizgen.corpus import article_from_text
    from quizgen.generator.blanks import misplaced_blank

    text = """Markets and medicine

Paris, Brussels, and Milan were closed for a holiday in October 1989, traders said in London.
The Department of Health and Human Services plans to extend its moratorium on fetal-tissue research.
A Commonwealth Edison spokesman said 2 million addresses changed during the past 3 1/2 years.
United Illuminating is based in New Haven, Conn., and Northeast Utilities is based in Hartford, Conn.
Shearson Lehman Hutton Holdings Inc. is 62%-owned by American Express Co., the company said in 1989.
"""
    articles = [article_from_text(text, "seeds/blanks.txt")]
    corpus = Corpus.of(articles, analyze(articles))
    drafts, _ = candidates(corpus)
    blanks = {(d.prompt, d.answer): misplaced_blank(d) for d in drafts if d.form == "cloze"}
    assert blanks[
        ("_____, Brussels, and Milan were closed for a holiday in October 1989, traders said in London.", "Paris")
    ]
    health = [r for (p, a), r in blanks.items() if "Human Services plans" in p or a == "Human Services"]
    assert not health  # one name, 'Department of Health and Human Services', and its blank is the whole of it
    assert any(a == "Department of Health and Human Services" for _, a in blanks)
    assert not any("_____/2" in p or "3 _____" in p for p, _ in blanks)
    owned = [r for (p, _), r in blanks.items() if "_____-owned" in p]
    assert owned and all(r and "hyphenated" in r for r in owned)
    assert (
        blanks[
            (
                "United Illuminating is based in _____, Conn., and Northeast Utilities is based in Hartford, Conn.",
                "New Haven",
            )
        ]
        is None
    )


def test_a_group_after_a_state_is_described_as_the_group_not_the_state():
    from quizgen.corpus import article_from_text

    text = """Testing

A 60-state study released in September by Friends for Education, an Albuquerque, N.M., school-research group, concluded that cheating is common.
Officials from several states met on Monday to discuss tests, teachers, and the weather in a long meeting.
"""
    articles = [article_from_text(text, "seeds/testing.txt")]
    items = analyze(articles)
    assert {(m.text, m.kind, m.name) for i in items for m in i.mentions if m.text == "N.M."} == {
        ("N.M.", "PLACE", "New Mexico")
    }
    drafts, _ = candidates(Corpus.of(articles, items))
    assert not any(d.form == "description" and d.answer == "N.M." for d in drafts)


HELD_OUT_QUOTES = """Wine and markets

Owner Al Brownstein originally planned to sell it for $60 a bottle, but when a retailer in Southern California asked, "Is that wholesale or retail?"
Analyst John McMillin said he believes the company will turn to new management "that's more financially oriented."
"Dollar-yen {trade} is the driving force in the market," said Tom Trettien, a vice president with Banque Paribas.
"The public is buying the market when in reality there is plenty of grain to be shipped," said Bill Biedermann, research director of Allendale Inc.
Glaxo, the U.K.'s largest pharmaceutical concern, advanced 23 to #14.13 in October 1989, dealers said in London.
"""


def test_a_quote_is_attributed_only_to_who_said_it_in_their_own_words_and_clean():
    from quizgen.corpus import article_from_text
    from quizgen.generator.gate import Gate

    articles = [article_from_text(HELD_OUT_QUOTES, "seeds/wine.txt")]
    corpus = Corpus.of(articles, analyze(articles))
    drafts, facts = candidates(corpus)
    quoted = {f.detail for f in facts if f.kind == "quote"}
    assert not any("wholesale" in q or "financially oriented" in q for q in quoted), quoted  # a retailer; a fragment
    assert any("plenty of grain" in q for q in quoted), quoted
    rules = Gate(corpus)
    assert {rules.refusal(d) for d in drafts if "{trade}" in d.prompt or "#14.13" in d.prompt} == {"markup"}
    prompts = [q.prompt for q in generate(articles).questions]
    assert not any("{" in p or "#1" in p for p in prompts), prompts


def test_a_false_role_statement_swaps_in_a_body_of_the_same_story():
    from benchmarks.treebank_corpus import treebank_articles

    # OSHA's fines against USX, and NL Industries' bid for Georgia Gulf: blind raters refused 'Gerard Scannell is
    # the head of NL' and 'J. Landis Martin is the president and chief executive officer of OSHA'.
    articles = [a for a in treebank_articles() if a.source.id in ("wsj-0080", "wsj-0103")]
    assert len(articles) == 2
    corpus = Corpus.of(articles, analyze(articles))
    drafts, _ = candidates(corpus)
    false_roles = [d for d in drafts if d.type == "true_false" and d.form == "role" and d.answer is False]
    assert false_roles
    for draft in false_roles:
        other = next(a for a in articles if a.source.id != draft.facts[0].item.source_id)
        assert not any(f" {m.text}." in draft.prompt for i in analyze([other]) for m in i.mentions), draft.prompt
    assert all(".." not in d.prompt and "the Allendale Inc." not in d.prompt for d in drafts)


def test_no_question_s_stem_names_another_s_answer_even_without_its_inc():
    from benchmarks.treebank_corpus import treebank_articles
    from quizgen.textnorm import fold

    # Random House: 'Robert Bernstein ... second president of Random House since it was founded in _____' answers
    # 'Robert Bernstein is the chairman and president of _____' (key 'Random House Inc.').
    articles = [a for a in treebank_articles() if a.source.id == "wsj-0111"]
    questions = generate(articles).questions
    assert questions
    for question in questions:
        key = fold(str(question.answer)).removesuffix(" inc").removesuffix(" corp")
        if len(key) < 4 or question.type == "matching":
            continue
        for other in questions:
            if other is not question:
                assert f" {key} " not in f" {fold(other.prompt)} ", (other.prompt, question.answer)


def test_a_one_story_protagonist_is_named_in_full_and_a_one_word_brand_is_no_surname():
    from benchmarks.treebank_corpus import treebank_articles

    # Mrs. Yeargin, on every line of one story, is no one a student knows without it; 'Buick sales' names no one.
    articles = [a for a in treebank_articles() if a.source.id in ("wsj-0044", "wsj-0041", "wsj-0116")]
    assert len(articles) == 3
    questions = generate(articles).questions
    texts = [t for q in questions for t in _texts(q)]
    assert not [t for t in texts if re.search(r"\b(?:Mrs?\.|Ms\.) [A-Z]\w+\b(?!\s+[A-Z])", t) and "said:" not in t]
    assert any("Nancy Yeargin" in t for t in texts), texts
    assert any("Buick" in t for t in texts), texts
    corpus = Corpus.of(articles, analyze(articles))
    assert "Nancy Yeargin" not in corpus.known_people


def test_the_third_held_out_sample_s_garbled_questions_are_not_written():
    from benchmarks.treebank_corpus import treebank_articles

    # Refused by both blind raters of 2026-12-07-heldout-3: 'Adds Takeshi Kondo is the senior vice president of
    # _____', 'Iowa is the and president of _____', 'AIDS is described as "the newspaper"', 'he' rewritten as
    # the company Campbell, 'IT'S _____ with one stone deal', 'PORTING POTABLES', key 'Inventor Claire Marvin'.
    ids = ("wsj-0083", "wsj-0108", "wsj-0037", "wsj-0109", "wsj-0102")
    articles = [a for a in treebank_articles() if a.source.id in ids]
    assert len(articles) == len(ids)
    texts = [t for q in generate(articles).questions for t in (*_texts(q), str(getattr(q, "answer", "")))]
    for bad in ("Adds Takeshi", "Iowa is the", "“the newspaper”", "Campbell will", "IT'S", "PORTING", "Inventor"):
        assert not [t for t in texts if bad in t], bad
    assert any(t.startswith("Takeshi Kondo") for t in texts), texts


@pytest.mark.parametrize(
    "text,shouted",
    [
        ("PORTING POTABLES just got easier, or so claims Scypher Corp.", "PORTING POTABLES"),
        ("IT'S A TWO BIRDS with one stone deal", "TWO BIRDS"),
        ("NATO and the US met in Brussels.", None),
    ],
)
def test_a_heading_s_capitals_are_found_by_their_words_base_forms(text, shouted):
    from quizgen.generator.typography import shouted_words

    assert shouted_words(text) == shouted


@pytest.mark.parametrize(
    "text,typo",
    [
        ("Brooke Mossman is a professor of pathlogy at the University of Vermont.", "pathlogy"),
        ("The goverment said so.", "goverment"),
        # compounds, inflections and words the word list lacks but WordNet knows are no typos
        ("Pretax profit rose; fireblight hit orchards; intraday trading of tradeable notes slowed.", None),
        ("The reforms were designed for students funding their studies statewide.", None),
    ],
)
def test_a_typo_in_the_source_is_found_and_ordinary_words_are_not(text, typo):
    from quizgen.generator.typography import misspelt

    assert misspelt(text) == typo
