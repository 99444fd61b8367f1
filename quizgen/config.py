"""Every threshold and limit quizgen uses, in one typed place.

Word lists (boilerplate lines, abbreviations, cue words) live in
`quizgen/data/lexicon.yaml` and are loaded by `quizgen.lexicon`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "ACCESS",
    "ARTICLES",
    "CLASSES",
    "EXPORTS",
    "GENERATION",
    "LIMITS",
    "PHRASES",
    "QUIZ",
    "RECOGNITION",
    "Access",
    "Articles",
    "Classes",
    "Corroboration",
    "Exports",
    "Generation",
    "Limits",
    "Phrases",
    "Quiz",
    "Recognition",
    "Scores",
]


@dataclass(frozen=True)
class Limits:
    """Bounds on what quizgen reads, so hostile input fails fast instead of exhausting memory."""

    article_max_bytes: int = 4 * 2**20  # Streamlit's upload cap (.streamlit/config.toml counts MB of 2**20 bytes)
    bank_max_bytes: int = 64 * 2**20
    catalog_max_bytes: int = 1_000_000
    secrets_max_bytes: int = 1_000_000
    yaml_max_depth: int = 40
    # A number written with more characters than this is a typo: no answer, tolerance or offset needs more,
    # and Python refuses to read or print a whole number of more than 4,300 digits.
    yaml_max_number_chars: int = 100
    binary_control_ratio: float = 0.01
    # An uploaded file's own name is quoted in messages up to this many characters.
    shown_name_chars: int = 60
    history_versions: int = 20
    # How long a save waits for another save of the same bank to finish before giving up.
    save_lock_seconds: float = 10.0
    # How many times a merging save (generation) reads the bank again when a teacher saved between its read and write.
    merge_save_tries: int = 5
    # A bank's leftover temporary file older than this is from a crashed save and is removed.
    stale_temp_seconds: float = 3600.0


@dataclass(frozen=True)
class Scores:
    """Ranking scores: each question shape's base score (higher is kept first) and the ranking's adjustments.

    A shape scores high when teachers accept it most often: a wh-question that names its source beats a cloze,
    a cloze beats a true/false statement, and a guessable answer (a protagonist, a weekday) scores lower."""

    # Numbers
    number_choice: float = 0.6
    weekday_choice: float = 0.5
    number_numeric: float = 0.74
    number_statement: float = 0.55
    share_choice: float = 0.8
    value_choice: float = 0.8
    value_numeric: float = 0.82
    number_matching: float = 0.7
    # Names in a sentence; a fill-in-the-blank on one is a little harder to guess than a choice.
    name_cloze: float = 0.55
    protagonist_cloze: float = 0.5
    name_blank_bonus: float = 0.02
    said_who_choice: float = 0.75
    did_who_choice: float = 0.7
    # People, their posts and their words
    post_holder_choice: float = 0.78
    affiliation_choice: float = 0.8
    affiliation_blank: float = 0.72
    affiliation_statement: float = 0.7
    post_choice: float = 0.74
    quote_choice: float = 0.82
    quote_statement: float = 0.72
    people_matching: float = 0.76
    # Descriptions ('the world's largest ...')
    description_choice: float = 0.72
    description_blank: float = 0.66
    description_statement: float = 0.64
    # Of a true and a false statement on one fact, the one the key's hash prefers scores this much more.
    preferred_statement: float = 0.01
    # Ranking adjustments
    opinion_statement: float = 0.3
    opinion_cloze: float = 0.08
    spacing: float = 0.05
    machine_translated: float = 0.05
    long_prompt_words: int = 35
    long_prompt: float = 0.06
    too_long_prompt_words: int = 45
    too_long_prompt: float = 0.3
    corroborated: float = 0.05
    famous_place: float = 0.08
    famous_answer: float = 0.12


@dataclass(frozen=True)
class Corroboration:
    """When another source's sentence counts as saying the same thing, or as giving a different number for it."""

    # Two numbers this close, relative to the larger, are the same figure rounded differently.
    same_value: float = 0.01
    # Words this many tokens either side of a number say what it counts; further away, they are about
    # something else in the sentence.
    window: int = 12
    # A share is compared only when its windows also share this many content words (what it is a share of).
    shared_content_words: int = 2
    # Kinds of number never compared: two sources giving different years or dates usually mean different events.
    uncompared: tuple[str, ...] = ("year", "date", "ordinal", "weekday")
    # Sentences sharing fewer lemmas than this are not looked at...
    shared_lemmas: int = 5
    # ...and of those, ones whose lemmas overlap at least this much (shared over all) say much the same.
    similar_sentences: float = 0.2
    # A disagreement note quotes this many words either side of each source's figure.
    snippet_words: int = 5


@dataclass(frozen=True)
class Generation:
    """Knobs of the question generator."""

    choices: int = 4
    id_length: int = 12
    # People mentioned this often are the story's protagonists: asking their job is trivia.
    famous_mentions: int = 10
    # Names mentioned at least this share as often as the most mentioned one (and at least famous_mentions
    # times) carry the whole story (Russia, China, Putin, Xi): a student guesses them without reading, so a
    # protagonist person is never blanked out, nor a protagonist place next to another ('Russia and _____').
    protagonist_share: float = 0.25
    # Ranking: candidates below this score are dropped; caps keep a bank varied.
    min_score: float = 0.4
    # One question per fact: a second one in other words tests the same thing twice.
    per_fact: int = 1
    per_sentence: int = 3
    per_answer: int = 8
    per_protagonist: int = 5  # Russia, China, Putin: the answer a student guesses first
    # True/false questions come last and fill at most this share of a bank (never fewer than min_per_type)...
    statement_share: float = 0.38
    min_per_type: int = 10
    # Wrong options of one kind come from at most this many of the most mentioned names (people, posts,
    # descriptions, speakers), so option pools, and the time to draw from them, stay the same size
    # however many articles there are.
    option_pool: int = 40
    scores: Scores = field(default_factory=Scores)
    corroboration: Corroboration = field(default_factory=Corroboration)


@dataclass(frozen=True)
class Access:
    """Teacher login: password hashing cost and how wrong attempts are slowed down."""

    # scrypt cost (n, r, p): about 16 MB and 50 ms per check on a laptop.
    scrypt_n: int = 2**14
    scrypt_r: int = 8
    scrypt_p: int = 1
    salt_bytes: int = 16
    # A configured hash may ask for at most this much memory (so a bad config cannot exhaust it),
    # and no less work than this (so a hand-made or old hash cannot make guessing cheap).
    scrypt_max_memory: int = 256 * 1024 * 1024
    scrypt_min_n: int = 2**14
    scrypt_min_r: int = 8
    password_min_length: int = 12
    # zxcvbn's strength score (0-4) a new password must reach: 3 is "safely unguessable" against a slow hash.
    password_min_strength: int = 3
    # Words that make a password easy to guess here, whatever the dictionaries say.
    password_site_words: tuple[str, ...] = ("quizgen", "teacher", "quiz", "student", "summit", "password")
    token_bytes: int = 24
    # After `max_failures` wrong attempts from one client within `failure_window_seconds`, refuse that
    # client's attempts for `lockout_seconds`, doubling with each further lockout up to `lockout_max_seconds`.
    max_failures: int = 5
    failure_window_seconds: float = 600.0
    lockout_seconds: float = 60.0
    lockout_max_seconds: float = 900.0
    # Against guessing spread over many clients: after this many wrong attempts from all clients within
    # the window, every attempt is refused for `lockout_seconds` (never longer, never doubling). One client
    # cannot reach it alone: its own lockouts hold it to a fraction of this within the window.
    global_max_failures: int = 60
    # Clients remembered at once; the oldest with no lockout in force are forgotten first.
    max_clients: int = 10_000


@dataclass(frozen=True)
class Quiz:
    """How the app serves quizzes to students."""

    default_questions: int = 10
    max_questions: int = 100
    name_max_chars: int = 60
    # A quiz link carries the attempt; these bound what a pasted or tampered link can cost.
    attempt_token_max_chars: int = 40_000
    attempt_max_bytes: int = 400_000
    # 'Why:' after an answer is one sentence of at most this many words...
    why_max_words: int = 25
    # ...and none whose words are, for this share of them in one run, what a source card or the answer shows.
    why_repeat_share: float = 0.6


@dataclass(frozen=True)
class Exports:
    """What the tools quizgen exports to accept, as their import templates and forms state it."""

    # Kahoot's quiz spreadsheet template: a question of up to 120 characters, up to 4 answers of up to 75.
    kahoot_question_max_chars: int = 120
    kahoot_answer_max_chars: int = 75
    kahoot_answers_max: int = 4
    # Seconds to answer (the template allows 5, 10, 20, 30, 60, 90, 120 or 240): time to read a news question.
    kahoot_time_limit: int = 30
    # Moodle's matching questions need at least 3 answers to choose from.
    moodle_matching_min_pairs: int = 3


@dataclass(frozen=True)
class Recognition:
    """How names are typed PERSON, ORGANIZATION or PLACE: the votes each piece of evidence casts.

    Names are typed while articles are analysed, before any generate() call's config is in reach,
    so this table is read as RECOGNITION, once for the process."""

    # 'Mr. Gabuev' is a person whatever else is said of the name.
    honorific_votes: int = 5
    # 'Finance Minister Anton Siluanov': a title in front.
    title_votes: int = 3
    # 'Harbin Institute of Technology', 'Bering Sea': a cue word in the name.
    organization_cue_votes: int = 5
    place_cue_votes: int = 4
    # WordNet, the gazetteers or the lexicon's aliases know the name.
    known_votes: int = 4
    first_name_votes: int = 2
    # An all-capitals name this long is likely an organisation's initials ('NATO', 'VTB').
    acronym_votes: int = 1
    acronym_min_chars: int = 2
    acronym_max_chars: int = 6
    # ', an international relations professor': what the appositive's head noun is.
    appositive_votes: int = 3
    # 'professor Shi Yinhong': a person noun right before the name.
    person_noun_votes: int = 2
    # '..., Gabuev said': a verb of saying next to the name.
    say_votes: int = 2
    speaker_votes: int = 1
    # A kind needs at least this many votes; short of it the name is OTHER.
    min_votes: int = 2
    # A name shorter than this alone is an initial ('M'), not a name.
    name_min_chars: int = 2
    # An all-capitals common word this long is a shouted word ('REMARK') that ends a name; shorter ones are
    # often initials that spell a word ('WHO', 'AIDS').
    shouted_word_chars: int = 5


@dataclass(frozen=True)
class Phrases:
    """How far phrases about a name are read: appositives, 'known for ...', nicknames, appointments.

    The fact finders that read them are handed no config, so this table is read as PHRASES."""

    # ', director of the Carnegie Russia Eurasia Center,': longer than this, it is a clause, not a description.
    appositive_tokens: int = 16
    # ', known for its cutting-edge defense research,': at most this many tokens from the comma.
    known_for_tokens: int = 14
    # ', “little Moscow”': the closing quote comes within this many tokens of the comma.
    nickname_tokens: int = 8
    # '..., an economist who was named the new defense minister': 'who' within this many tokens of the name.
    appointed_within: int = 10
    # ', a Beijing commentator and ...': an appositive this long says who the person is even without a post noun.
    described_role_tokens: int = 3
    # 'the past 10,000 years': a span of this many years or more needs no date to count it from.
    long_span_years: int = 20
    # 'jumped 27c to 953c/kg; 21m were up 51c to 815c/kg; ...': this many figures make a sentence a table.
    table_figures: int = 6


@dataclass(frozen=True)
class Articles:
    """What an article file must look like to be read, and how much of it stands for it where it has no title."""

    # Banks cite articles only in this folder of the project, and only files with these endings.
    folder: str = "seeds"
    suffixes: tuple[str, ...] = (".txt", ".md")
    # An article quizgen saves gets a name of at most this many letters, digits, '.', '-' and '_'.
    name_max_chars: int = 120
    # A file with this many HTML tags in its first html_scan_chars characters is a saved web page, not text.
    html_tags: int = 2
    html_scan_chars: int = 200_000
    # Fewer words of body text than this is a caption or a stub, too little to ask questions on.
    min_body_words: int = 20
    # An article with no headline is cited by this many of its opening words.
    title_words: int = 10
    # The last line is an outlet trailer ('Published by Reuters') only when it is this short.
    trailer_max_words: int = 8
    # While an added article's questions are generated, each teacher page looks at their progress this often.
    progress_seconds: float = 1.0


@dataclass(frozen=True)
class Classes:
    """Class assignments: join codes, names, the database, and the thresholds of item analysis."""

    # Join codes are read off a projector and typed on phones: no 0/O or 1/I to confuse.
    join_code_alphabet: str = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    join_code_chars: int = 6
    # How many fresh codes to try before giving up (32**6 codes make a clash rare; several in a row, broken).
    join_code_tries: int = 20
    title_max_chars: int = 200
    display_name_max_chars: int = 60
    attempts_max: int = 100
    time_limit_max_minutes: int = 24 * 60
    # The Assignments page offers a time limit this many minutes longer when asked to extend it.
    time_limit_extend_step: int = 10
    # A typed answer longer than this is no answer to a news question.
    response_max_chars: int = 1000
    # Bytes of randomness in an attempt id (secrets.token_urlsafe): 32 bytes is 43 characters.
    attempt_id_bytes: int = 32
    # The embedded database's file, under the project's data folder.
    sqlite_file: str = "classes.sqlite3"
    # How long a write waits for another process's write to finish on SQLite.
    sqlite_busy_seconds: float = 30.0
    # Item analysis, in the spirit of Moodle's quiz statistics: the upper and lower groups hold this share of
    # the students each (at least one), ranked by total score...
    group_share: float = 0.27
    # ...and an item is flagged when fewer than facility_low or more than facility_high of the students get it
    # right, or when the upper group beats the lower by less than discrimination_low (negative: check the key).
    facility_low: float = 0.20
    facility_high: float = 0.90
    discrimination_low: float = 0.20


LIMITS = Limits()
GENERATION = Generation()
ACCESS = Access()
QUIZ = Quiz()
EXPORTS = Exports()
RECOGNITION = Recognition()
PHRASES = Phrases()
ARTICLES = Articles()
CLASSES = Classes()
