"""The parts pages are made of: the start form, questions, feedback, citations and results."""
