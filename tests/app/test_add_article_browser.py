"""In a real Chromium: a teacher adds an article, opens Review questions while its questions are generated,
and is told there when they are in a bank of their own.

Set QUIZGEN_SCREENSHOTS to a folder to keep the screenshots of both pages.
"""

from __future__ import annotations

import shutil

import pytest

from quizgen.corpus import delete_article
from quizgen.storage import load_bank
from tests.app.teacher_browser import teacher_page
from tests.app.test_browser import app_url, browser, quiz_home, screenshot, settle  # noqa: F401 (fixtures)
from tests.samples import SEEDS

pytestmark = pytest.mark.browser

SEED = "001_64e52edef1db0528.txt"  # the short Harbin summary, which the starter bank does not cite


def test_a_teacher_adds_an_article_moves_to_review_and_is_told_there_when_its_questions_are_in(
    browser,  # noqa: F811
    app_url,  # noqa: F811
    quiz_home,  # noqa: F811
    tmp_path,
):
    delete_article(quiz_home / "seeds", SEED)  # so that the teacher can add it as a new article
    article = tmp_path / "harbin-summary.txt"
    shutil.copy(SEEDS / SEED, article)
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    try:
        page = teacher_page(context, app_url, quiz_home)

        page.get_by_test_id("stSidebarNav").get_by_role("link", name="Add an article").click()
        uploader = page.get_by_test_id("stFileUploader").filter(has=page.get_by_text("Article file", exact=True))
        uploader.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(article))
        page.get_by_label("File name in seeds/").wait_for()
        assert page.get_by_label("File name in seeds/").input_value() == "harbin-summary.txt"
        page.get_by_role("button", name="Save the article and generate its questions").click()
        page.get_by_text("Generating questions from").first.wait_for()
        page.get_by_test_id("stProgress").first.wait_for()
        settle(page)
        screenshot(page, "11-teacher-add-article-generating")

        page.get_by_test_id("stSidebarNav").get_by_role("link", name="Review questions").click()
        notice = page.get_by_text("in a new bank")
        notice.wait_for(timeout=240_000)  # the server's first generation also reads WordNet
        assert page.get_by_role("heading", name="Review questions").is_visible()
        told = notice.inner_text()
        assert "Saved “" in told and "draft question" in told, told
        settle(page)
        screenshot(page, "12-teacher-review-generation-done")
        new = [p for p in (quiz_home / "question_banks").glob("*.yaml") if p.name != "starter.yaml"]
        assert len(new) == 1 and new[0].name in told
        assert load_bank(new[0]).questions
        assert (quiz_home / "seeds" / "harbin-summary.txt").read_bytes() == article.read_bytes()

        page.get_by_role("button", name="Log out").click()  # any click reruns the page: the notice was shown once
        page.get_by_role("button", name="Start the quiz").wait_for()
        assert not page.get_by_text("in a new bank").count()
    finally:
        context.close()
