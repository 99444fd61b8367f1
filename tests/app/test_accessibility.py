"""axe-core, run inside a real Chromium on a desktop and on a phone, finds nothing serious or critical on the
pages a student sees: the start, a question of each type, its feedback with the article, the results, and a
test's one page of questions.

axe-core comes from npm (tests/app/node, installed with `npm ci` on first use). Set QUIZGEN_SCREENSHOTS to a
folder to keep screenshots of the start, the first question and its feedback on each screen.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.test_browser import (  # noqa: F401 (fixtures)
    DESKTOP,
    answer_by_mouse,
    app_url,
    browser,
    page,
    quiz_home,
    screenshot,
    settle,
    shown_question,
    starter_questions,
)
from tests.node import npm_ci

pytestmark = pytest.mark.browser

NODE_TOOLS = Path(__file__).parent / "node"
PHONE = {"width": 390, "height": 844}
BLOCKING = ("serious", "critical")

# Violations in Streamlit's own markup, which the app cannot change: (rule id, a piece of the element's HTML,
# such as its data-testid) -> why. None on the student pages today (see Accessibility in the README).
STREAMLIT_OWN: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="module")
def axe_script() -> Path:
    return npm_ci(NODE_TOOLS, "axe-core") / "axe.min.js"


@pytest.fixture(params=[DESKTOP, PHONE], ids=["desktop", "phone"])
def viewport(request) -> dict[str, int]:
    return request.param


def violations(page, axe_script: Path) -> list[str]:  # noqa: F811 (a page, not the fixture)
    """What axe-core finds serious or critical on the page as it is now, less Streamlit's own markup."""
    settle(page)
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(axe_script))
    found = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    return [
        f"{rule['id']} ({rule['impact']}): {rule['help']} at {' '.join(node['target'])}: {node['html'][:200]}"
        for rule in found
        if rule["impact"] in BLOCKING
        for node in rule["nodes"]
        if not any(rule["id"] == rule_id and markup in node["html"] for rule_id, markup in STREAMLIT_OWN)
    ]


def test_the_student_pages_have_no_serious_accessibility_problem(page, axe_script, viewport):  # noqa: F811
    screen = "phone" if viewport == PHONE else "desktop"
    found: dict[str, list[str]] = {}
    found["start"] = violations(page, axe_script)
    screenshot(page, f"{screen}-1-start")
    page.get_by_role("button", name="Start the quiz").click()
    shown = set()
    for number in range(1, 6):
        page.get_by_text(f"Question {number} of 5").wait_for()
        settle(page)
        question = shown_question(page)
        shown.add(question.type)
        found[f"question: {question.type}"] = violations(page, axe_script)
        if number == 1:
            screenshot(page, f"{screen}-2-question")
        right = number % 2 == 1  # both a right and a wrong answer's feedback
        answer_by_mouse(page, question, right=right)
        if question.type not in ("fill_in_blank", "numeric"):  # Enter in a typed answer has checked it already
            page.get_by_role("button", name="Check my answer").click()
        page.get_by_text("Right!" if right else "Not quite.", exact=True).wait_for()
        page.get_by_text("Read the article").first.wait_for()
        found[f"feedback: {question.type}"] = violations(page, axe_script)
        page.get_by_text("Read the article").first.click()
        page.get_by_text("The quoted sentence", exact=False).first.wait_for()
        found[f"feedback with the article: {question.type}"] = violations(page, axe_script)
        if number == 1:
            screenshot(page, f"{screen}-3-feedback")
        page.get_by_role("button", name="See my results" if number == 5 else "Next question").click()
        settle(page)
    page.get_by_text("Your results").wait_for()
    found["results"] = violations(page, axe_script)
    page.get_by_role("button", name="New quiz").click()
    page.get_by_text("Test: all questions on one page", exact=False).click()
    settle(page)
    page.get_by_role("button", name="Start the quiz").click()
    page.get_by_role("button", name="Finish and see my results").wait_for()
    found["test, every question on one page"] = violations(page, axe_script)
    assert shown == {q.type for q in starter_questions().values()}
    problems = {where: each for where, each in found.items() if each}
    assert not problems, "\n".join(f"{where}:\n  " + "\n  ".join(each) for where, each in problems.items())
