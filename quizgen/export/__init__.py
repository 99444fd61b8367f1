"""Banks in the formats other tools import: Moodle (XML and GIFT), Anki, Quizlet, CSV and JSON.

What differs by question type lives with the type (its kind's `exporters`, built from the helpers
here); a format's file layout and the source each question carries live in this package.
`quizgen.export.run` turns a bank into a file, with a report of what it left out and why.
"""
