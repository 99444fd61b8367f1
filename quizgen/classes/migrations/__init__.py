"""The class database's Alembic migrations, applied by `quizgen.classes.database.upgrade` on every open."""
