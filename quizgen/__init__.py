"""quizgen: sourced, verified quiz questions from news articles."""

__version__ = "1.0.0"
