"""Natural-language stages of the generator, built on NLTK."""
