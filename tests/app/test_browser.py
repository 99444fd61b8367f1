"""A student takes quizzes in a real Chromium, by mouse and by keyboard alone.

Set QUIZGEN_SCREENSHOTS to a folder to keep the screenshots (start, question,
feedback, results); docs/screenshots/ holds the committed ones.
"""

from __future__ import annotations

import functools
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from quizgen.grading import answer_text
from quizgen.models import FillInBlank, Matching, MultipleChoice, Numeric, Question, TrueFalse
from quizgen.storage import load_bank, save_bank
from tests.app.teacher_browser import open_teacher_login
from tests.samples import BANKS, HOSTILE_STRINGS, PROJECT, SEEDS

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
JOINER = "\u2060"
DESKTOP = {"width": 1100, "height": 900}


def _chromium() -> str:
    found = shutil.which("chromium") or (str(CHROMIUM) if CHROMIUM.exists() else None)
    if found is None:
        if os.environ.get("QUIZGEN_REQUIRE_BROWSER") == "1":
            pytest.fail("Chromium is required (QUIZGEN_REQUIRE_BROWSER=1) but is not installed")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    return found


@pytest.fixture(scope="module")
def quiz_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project the server reads (QUIZGEN_HOME); a test may add a bank for a moment."""
    return tmp_path_factory.mktemp("quiz_home")


@pytest.fixture(scope="module")
def app_url(quiz_home: Path) -> Iterator[str]:
    """`streamlit run app.py` on a free port, serving a copy of the seeds and the starter bank."""
    home = quiz_home
    shutil.copytree(SEEDS, home / "seeds")
    (home / "question_banks").mkdir()
    shutil.copy(BANKS / "starter.yaml", home / "question_banks" / "starter.yaml")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "app.py",
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
    ]
    log = (home / "streamlit.log").open("w+b")
    server = subprocess.Popen(
        command, cwd=PROJECT, env={**os.environ, "QUIZGEN_HOME": str(home)}, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for(url + "/_stcore/health", server, home / "streamlit.log")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


def _wait_for(url: str, server: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"streamlit exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("streamlit did not start within a minute")


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    if os.environ.get("QUIZGEN_REQUIRE_BROWSER") == "1":
        import playwright.sync_api as playwright_api
    else:
        playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as driver:
        launched = driver.chromium.launch(
            executable_path=executable,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield launched
        launched.close()


@pytest.fixture
def viewport() -> dict[str, int]:
    """The window the `page` fixture opens; a module may override it (a phone's, say)."""
    return DESKTOP


@pytest.fixture
def page(browser, app_url, viewport):
    context = browser.new_context(viewport=viewport)
    opened = context.new_page()
    opened.set_default_timeout(20_000)
    opened.goto(app_url)
    opened.get_by_role("button", name="Start the quiz").wait_for()
    yield opened
    context.close()


def screenshot(page, name: str) -> None:
    folder = os.environ.get("QUIZGEN_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        settle(page)
        # Streamlit scrolls inside its own container, so grow the window to the content's height.
        height = page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
        size = page.viewport_size
        page.set_viewport_size({"width": size["width"], "height": min(max(height, 600), 3000)})
        page.wait_for_timeout(500)
        page.screenshot(path=str(Path(folder) / f"{name}.png"))
        page.set_viewport_size(size)


@functools.cache
def starter_questions() -> dict[str, Question]:
    """The starter bank's questions by prompt."""
    return {q.prompt: q for q in load_bank(BANKS / "starter.yaml").questions}


def shown_question(page, index: int = 0) -> Question:
    heading = page.get_by_role("heading", level=3).nth(index)
    return starter_questions()[heading.inner_text().strip()]


def settle(page) -> None:
    """Wait until Streamlit has finished rerunning the script."""
    page.wait_for_timeout(300)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden", timeout=20_000)
    # Elements of the run before fade out until the new run replaces them; a busy machine keeps them longer.
    page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')", timeout=20_000)


def assert_literal_dollars(page) -> None:
    """News text such as "$240 billion … $190 billion" must not be turned into LaTeX."""
    page.get_by_text("$240 billion between China and Russia").first.wait_for()
    assert "$240 billion" in page.locator("main").inner_text()
    assert page.locator(".katex").count() == 0


def answer_by_mouse(area, question: Question, *, right: bool = True) -> None:
    """Answer by clicking and typing inside `area` (the page, or one question's block)."""
    page = getattr(area, "page", area)  # a Locator knows its page; a Page has no such attribute
    if isinstance(question, MultipleChoice | TrueFalse):
        choice = answer_text(question)
        if not right:
            choice = next(
                c
                for c in (question.choices if isinstance(question, MultipleChoice) else ["True", "False"])
                if c != choice
            )
        area.get_by_role("radiogroup").get_by_text(choice, exact=True).click()
    elif isinstance(question, FillInBlank | Numeric):
        typed = question.answer if isinstance(question, FillInBlank) else f"{question.answer:g}"
        box = area.get_by_role("textbox").first
        box.fill(typed if right else "12")
        box.press("Enter")
    elif isinstance(question, Matching):
        rights = [pair.right for pair in question.pairs]
        for pair, chosen in zip(question.pairs, rights if right else rights[1:] + rights[:1], strict=True):
            area.get_by_role("combobox", name=pair.left).click()
            page.get_by_role("option", name=chosen, exact=True).click()
            settle(page)
    settle(page)


def test_a_student_completes_a_practice_quiz_by_mouse(page):
    page.get_by_label("Your name (optional)").fill("Ana")
    page.get_by_label("Your name (optional)").press("Enter")
    settle(page)
    screenshot(page, "1-start")
    page.get_by_role("button", name="Start the quiz").click()
    for number in range(1, 6):
        page.get_by_text(f"Question {number} of 5").wait_for()
        settle(page)  # the last question's locked widgets can linger until the rerun ends
        question = shown_question(page)
        if isinstance(question, MultipleChoice):
            # Screen readers get the choice as shown, with no Markdown escapes in its name.
            expect(page.get_by_role("radio", name=question.answer, exact=True)).to_have_count(1)
        right = number != 2
        answer_by_mouse(page, question, right=right)
        if isinstance(question, MultipleChoice):
            screenshot(page, "2-question")
        if not isinstance(question, FillInBlank | Numeric):  # Enter in a typed answer has checked it already
            page.get_by_role("button", name="Check my answer").click()
        page.get_by_text("Right!" if right else "Not quite.", exact=True).wait_for()
        page.get_by_text("The New York Times ·").first.wait_for()
        if isinstance(question, MultipleChoice):
            assert_literal_dollars(page)
            page.get_by_text("Read the article").click()
            page.get_by_text("The quoted sentence is highlighted").wait_for()
            screenshot(page, "3-feedback")
        page.get_by_role("button", name="See my results" if number == 5 else "Next question").click()
        settle(page)
    page.get_by_text("Your results, Ana").wait_for()
    assert page.get_by_test_id("stMetricValue").first.inner_text() == "4 / 5"
    screenshot(page, "4-results")
    review = page.get_by_test_id("stExpander").filter(has_text="According to Chinese customs data").locator("details")
    if review.get_attribute("open") is None:  # wrong answers are open already
        review.locator("summary").click()
    assert_literal_dollars(page)
    page.get_by_role("button", name="Retry the 1 I missed").click()
    page.get_by_text("Question 1 of 1").wait_for()


def test_a_refresh_mid_quiz_keeps_the_answers(page):
    page.get_by_text("Test: all questions on one page", exact=False).click()
    settle(page)
    page.get_by_role("button", name="Start the quiz").click()
    page.get_by_role("button", name="Finish and see my results").wait_for()
    headings = page.get_by_role("heading", level=3)
    question = next(
        q for q in (shown_question(page, i) for i in range(headings.count())) if not isinstance(q, Matching)
    )
    answer_by_mouse(question_block(page, question), question)
    settle(page)
    page.get_by_text("1 of 5 answered").wait_for()
    page.reload()
    page.get_by_text("1 of 5 answered").wait_for()
    page.get_by_role("button", name="Finish and see my results").click()
    page.get_by_text("Your results").wait_for()
    assert page.get_by_test_id("stMetricValue").first.inner_text() == "1 / 5"


def question_block(page, question: Question):
    """The innermost block that holds this question's heading and its widgets."""
    heading = page.get_by_role("heading", name=question.prompt, exact=True)
    return page.get_by_test_id("stVerticalBlock").filter(has=heading).last


_FOCUSED = """() => {
  const e = document.activeElement;
  return {tag: e.tagName, type: e.getAttribute('type') || '', role: e.getAttribute('role') || '',
          label: e.getAttribute('aria-label') || '', text: (e.innerText || '').trim()};
}"""


def tab_to(page, wanted, limit: int = 60) -> dict:
    """Press Tab until the focused element satisfies `wanted` (a test on its description)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(_FOCUSED)
        if wanted(focused):
            return focused
    raise AssertionError("Tab never reached the element")


def is_button(label: str):
    # A button's text starts with its icon's name (such as "play_arrow"), which is not read aloud.
    return lambda focused: focused["tag"] == "BUTTON" and focused["text"].endswith(label)


def answer_by_keyboard(page, question: Question) -> None:
    """Answer right using Tab, arrows, typing, Space and Enter only."""
    if isinstance(question, MultipleChoice | TrueFalse):
        tab_to(page, lambda focused: focused["type"] == "radio")
        group = page.get_by_role("radiogroup")
        names = [group.locator("label").nth(i).inner_text().strip() for i in range(group.get_by_role("radio").count())]
        page.keyboard.press("Space")
        settle(page)
        for _ in range(names.index(answer_text(question))):
            page.keyboard.press("ArrowDown")
            settle(page)
    elif isinstance(question, FillInBlank | Numeric):
        tab_to(page, lambda focused: focused["type"] == "text" and focused["label"].startswith("Type "))
        page.keyboard.type(question.answer if isinstance(question, FillInBlank) else f"{question.answer:g}")
        page.keyboard.press("Enter")
        settle(page)
    elif isinstance(question, Matching):
        for pair in question.pairs:
            tab_to(page, lambda focused, left=pair.left: focused["role"] == "combobox" and focused["label"] == left)
            page.keyboard.type(pair.right)
            page.keyboard.press("Enter")
            settle(page)


def test_a_student_completes_a_quiz_with_the_keyboard_alone(page):
    tab_to(page, is_button("Start the quiz"))
    page.keyboard.press("Enter")
    for number in range(1, 6):
        page.get_by_text(f"Question {number} of 5").wait_for()
        question = shown_question(page)
        answer_by_keyboard(page, question)
        if not isinstance(question, FillInBlank | Numeric):  # Enter in the text box checks a typed answer
            tab_to(page, is_button("Check my answer"))
            page.keyboard.press("Enter")
        page.get_by_text("Right!", exact=True).wait_for()
        tab_to(page, is_button("See my results" if number == 5 else "Next question"))
        page.keyboard.press("Space" if number % 2 else "Enter")
        settle(page)
    page.get_by_text("Your results").wait_for()
    assert page.get_by_test_id("stMetricValue").first.inner_text() == "5 / 5"


def test_hostile_text_shows_literally_in_the_browser(browser, app_url, quiz_home):
    from quizgen.attempt import encode_attempt, new_attempt
    from quizgen.quiz import QuizItem
    from quizgen.storage import link_key

    starter = load_bank(BANKS / "starter.yaml")
    hostile = [s for s in HOSTILE_STRINGS if s.strip() and "\n" not in s and len(s) < 100]
    question = starter.questions[0].model_copy(
        update={
            "prompt": hostile[1],
            "choices": [hostile[0], hostile[2], "a <- b -> c -- d >= e", "$240 billion"],
            "answer": "$240 billion",
            "explanation": "See https://example.com or :red[this] :smile: 1. not a list",
        }
    )
    path = quiz_home / "question_banks" / "hostile.yaml"
    save_bank(starter.model_copy(update={"title": "Hostile", "questions": [question]}), path)
    attempt = new_attempt([QuizItem("hostile.yaml", question)], seed=1, mode="practice", started=0)
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    try:
        page = context.new_page()
        page.goto(f"{app_url}/?attempt={encode_attempt(attempt, link_key(quiz_home))}")
        page.get_by_role("button", name="Check my answer").wait_for()
        assert page.get_by_role("heading", level=3).inner_text().strip() == question.prompt
        labels = page.get_by_role("radiogroup").locator("label")
        # The invisible word joiner that stops "->" turning into an arrow is the only difference allowed.
        shown = [labels.nth(i).inner_text().strip().replace(JOINER, "") for i in range(labels.count())]
        assert sorted(shown) == sorted(question.choices)
        page.get_by_role("radiogroup").get_by_text(hostile[2], exact=True).click()
        settle(page)
        page.get_by_role("button", name="Check my answer").click()
        page.get_by_text("Not quite.", exact=True).wait_for()
        # Streamlit sends the feedback element by element: wait for the explanation before reading the page.
        page.locator("main").get_by_text("Why:", exact=False).first.wait_for()
        main = page.locator("main")
        assert f"Why: {question.explanation}" in main.inner_text().replace(JOINER, "")
        assert (
            main.locator(
                "script, .katex, strong:text-is('bold'), a[href^='javascript'], a[href^='https://example']"
            ).count()
            == 0
        )
    finally:
        context.close()
        path.unlink()


def test_the_app_asks_for_nothing_from_any_other_server(browser, app_url):
    """A classroom without internet still gets the whole app: every request goes to the app's own server."""
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    try:
        page = context.new_page()
        page.set_default_timeout(20_000)
        page.goto(app_url)
        page.get_by_role("button", name="Start the quiz").click()
        page.get_by_role("button", name="Check my answer").wait_for()
        open_teacher_login(page)
        settle(page)
        page.wait_for_timeout(1000)
    finally:
        context.close()
    elsewhere = sorted({url for url in requested if not url.startswith((app_url, "data:", "blob:"))})
    assert requested and elsewhere == []


def test_a_right_to_left_override_in_a_question_is_shown_not_obeyed(browser, app_url, quiz_home):
    from quizgen.attempt import encode_attempt, new_attempt
    from quizgen.quiz import QuizItem
    from quizgen.storage import link_key

    starter = load_bank(BANKS / "starter.yaml")
    original = starter.questions[0]
    override = "\u202e"
    question = original.model_copy(update={"prompt": f"{original.prompt} {override}eurt si siht"})
    path = quiz_home / "question_banks" / "reversed.yaml"
    save_bank(starter.model_copy(update={"title": "Reversed", "questions": [question]}), path)
    attempt = new_attempt([QuizItem("reversed.yaml", question)], seed=1, mode="practice", started=0)
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    try:
        page = context.new_page()
        page.goto(f"{app_url}/?attempt={encode_attempt(attempt, link_key(quiz_home))}")
        page.get_by_role("button", name="Check my answer").wait_for()
        heading = page.get_by_role("heading", level=3).inner_text().strip()
        assert heading == f"{original.prompt} [U+202E]eurt si siht"
        assert override not in page.locator("main").inner_text()
    finally:
        context.close()
        path.unlink()
