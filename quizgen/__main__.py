"""`python -m quizgen`: the command line."""

from .cli import main

main(prog_name="python -m quizgen")
