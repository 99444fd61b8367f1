"""The quizgen web app: `streamlit run app.py`. It only routes; the pages live in quizgen/app/."""

from quizgen.app.navigation import run

run()
