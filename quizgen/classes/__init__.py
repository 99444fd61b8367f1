"""Class assignments: a teacher sets a quiz for a class, students answer it, and the results and their item
analysis are kept in a database (SQLite under QUIZGEN_HOME, or QUIZGEN_DATABASE_URL).

- `database`: opening the store, migrated to the latest schema; `tables`: its SQLAlchemy models;
- `assignments`: made from questions (snapshotted), closed, reopened, extended (closing time or
  time limit), duplicated, archived, deleted;
- `attempts`: started with a display name, answered, submitted, timed out;
- `draw`: a random draw per attempt with no repeated question or sentence;
- `results`, `analysis`, `export`: what the teacher reads, as values, statistics and spreadsheets;
- `mastery`, `charts`: per-topic mastery and the Results page's charts; `usage`: a question's statistics
  across every assignment that served it.
"""

from .analysis import FLAG_NAMES, FLAG_TEXT, ItemInfo, ItemStats, Mark, Sitting, analyse_items, group_size, item_flags
from .assignments import (
    archive_assignment,
    assignment_by_code,
    assignment_questions,
    close_assignment,
    create_assignment,
    delete_assignment,
    duplicate_assignment,
    extend_assignment,
    extend_time_limit,
    get_assignment,
    list_assignments,
    reopen_assignment,
)
from .attempts import answer_question, attempt_view, clean_display_name, start_attempt, submit_attempt
from .charts import item_chart, topic_chart
from .database import DATABASE_URL_VARIABLE, Store, database_url, open_store, store_made
from .draw import draw_questions, sentence_keys
from .export import answers_csv, results_xlsx, students_csv
from .mastery import NO_TOPIC, TopicMastery, topic_mastery
from .results import AnswerResult, AttemptResult, assignment_item_analysis, assignment_results, sittings_of
from .usage import QuestionUsage, question_usage
from .values import AnswerReceipt, Assignment, AssignmentSettings, AttemptItem, AttemptSummary, AttemptView

__all__ = [
    "DATABASE_URL_VARIABLE",
    "FLAG_NAMES",
    "FLAG_TEXT",
    "NO_TOPIC",
    "AnswerReceipt",
    "AnswerResult",
    "Assignment",
    "AssignmentSettings",
    "AttemptItem",
    "AttemptResult",
    "AttemptSummary",
    "AttemptView",
    "ItemInfo",
    "ItemStats",
    "Mark",
    "QuestionUsage",
    "Sitting",
    "Store",
    "TopicMastery",
    "analyse_items",
    "answer_question",
    "answers_csv",
    "archive_assignment",
    "assignment_by_code",
    "assignment_item_analysis",
    "assignment_questions",
    "assignment_results",
    "attempt_view",
    "clean_display_name",
    "close_assignment",
    "create_assignment",
    "database_url",
    "delete_assignment",
    "draw_questions",
    "duplicate_assignment",
    "extend_assignment",
    "extend_time_limit",
    "get_assignment",
    "group_size",
    "item_chart",
    "item_flags",
    "list_assignments",
    "open_store",
    "question_usage",
    "reopen_assignment",
    "results_xlsx",
    "sentence_keys",
    "sittings_of",
    "start_attempt",
    "store_made",
    "students_csv",
    "submit_attempt",
    "topic_chart",
    "topic_mastery",
]
