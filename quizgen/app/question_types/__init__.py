"""The app's side of each question type: answer widget, feedback and teacher form fields, one module per type.

The question-type registry (`quizgen.question_types`) ties each type to its module here.
"""

from .widgets import TypeWidgets, widget_key

__all__ = ["TypeWidgets", "widget_key"]
