"""The command line: a thin layer that turns library calls into one-line messages and exit codes."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .corpus import load_corpus
from .errors import QuizgenError, YamlInvalid
from .export.run import FORMATS
from .review.filters import STATUSES
from .storage import atomic_write, find_banks, load_bank, project_root_of, read_article_file

__all__ = ["main"]


class _Group(click.Group):
    """Prints quizgen's own errors as one line instead of a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except QuizgenError as error:
            click.secho(f"Error: {error}", fg="red", err=True)
            sys.exit(1)
        except OSError as error:
            click.secho(f"Error: {_os_message(error)}", fg="red", err=True)
            sys.exit(1)


def _os_message(error: OSError) -> str:
    """'seeds/x.txt: Permission denied; check that it exists and that you may read and write it'."""
    where = error.filename or "a file"
    if error.filename2:
        where = f"{error.filename} -> {error.filename2}"
    reason = error.strerror or error.__class__.__name__
    return f"{where}: {reason}; check the path and that you may read and write it"


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name=None, version=__version__, prog_name="quizgen")
def main() -> None:
    """quizgen: sourced quiz questions from news articles.

    \b
    Example:
      python -m quizgen sources
      python -m quizgen validate question_banks/
    """


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def validate(paths: tuple[Path, ...]) -> None:
    """Check question banks: every field, every citation against its article.

    PATHS are bank files or folders of them (default: question_banks/).
    Prints one line per problem as file:line: field: message and exits 1
    if there is any problem, 0 if every bank is valid.

    \b
    Example:
      python -m quizgen validate question_banks/
      python -m quizgen validate question_banks/putin-xi-summit-2024.yaml
    """
    files = find_banks(list(paths) or [Path("question_banks")])
    if not files:
        raise QuizgenError("no bank files (*.yaml) found; name a bank file or a folder that holds some")
    failed = 0
    for path in files:
        try:
            bank = load_bank(path)
        except YamlInvalid as error:
            failed += 1
            for problem in error.problems:
                click.echo(str(problem))
        except QuizgenError as error:
            failed += 1
            click.echo(str(error))
        else:
            click.echo(f"ok: {path} ({len(bank.questions)} questions, {len(bank.sources)} sources)")
    if failed:
        click.secho(f"{failed} of {len(files)} bank file(s) have problems", fg="red", err=True)
        sys.exit(1)


@main.command()
@click.option(
    "--seeds",
    type=click.Path(path_type=Path),
    default=Path("seeds"),
    show_default=True,
    help="Folder of article files (.txt, .md) with an optional catalog.yaml.",
)
def sources(seeds: Path) -> None:
    """List the articles with the metadata a question would cite.

    \b
    Example:
      python -m quizgen sources
      python -m quizgen sources --seeds my_articles/
    """
    corpus = load_corpus(seeds)
    for warning in corpus.warnings:
        click.secho(f"Warning: {warning}", fg="yellow", err=True)
    for article in corpus.articles:
        source = article.source
        date = source.published.isoformat() if source.published else "date not stated"
        outlet = source.outlet or "outlet not stated"
        click.echo(f"{source.id}\n  {source.title}\n  {outlet} · {date} · {source.path}")
        if source.notes:
            click.echo(f"  note: {source.notes}")
    for error in corpus.errors:
        click.secho(f"Skipped: {error}", fg="red", err=True)
    click.echo(f"{len(corpus.articles)} article(s)" + (f", {len(corpus.errors)} skipped" if corpus.errors else ""))
    if corpus.errors and not corpus.articles:
        sys.exit(1)


@main.command()
def setup() -> None:
    """Download the NLTK data the generator needs (needs a network once).

    On a machine without a network, point NLTK_DATA at a folder that already
    holds the data instead.

    \b
    Example:
      python -m quizgen setup
      NLTK_DATA=../shared/nltk_data python -m quizgen generate
    """
    from .nlp.resources import ensure_resources

    ensure_resources(download=True, progress=lambda name: click.echo(f"downloading {name} ..."))
    click.echo("NLTK data: all present")


@main.command(name="generate")
@click.option(
    "--seeds",
    type=click.Path(path_type=Path),
    default=Path("seeds"),
    show_default=True,
    help="Folder of article files (.txt, .md) with an optional catalog.yaml: seeds/ beside the bank's folder.",
)
@click.option(
    "--bank",
    type=click.Path(path_type=Path),
    default=Path("question_banks/generated.yaml"),
    show_default=True,
    help="Bank file to write; questions a teacher approved, rejected or edited are kept.",
)
@click.option("--title", default=None, help="Bank title (for a new bank, or to rename one).")
@click.option("--quiet", is_flag=True, help="No progress bar; print only the summary line.")
def generate_command(seeds: Path, bank: Path, title: str | None, quiet: bool) -> None:
    """Generate sourced questions from the articles into a bank.

    Every question cites the exact sentence it comes from and is checked
    against it. Regenerating never overwrites a teacher's work: approved,
    rejected and edited questions stay as they are, and new questions
    arrive as drafts.

    \b
    Example:
      python -m quizgen generate
      python -m quizgen generate --seeds seeds --bank question_banks/summit.yaml --title "Putin–Xi summit"
    """
    from tqdm import tqdm

    from .generator import generate_bank
    from .nlp.resources import ensure_resources

    ensure_resources(download=True, progress=None if quiet else lambda name: click.echo(f"downloading {name} ..."))
    bar = None

    def start(total: int) -> None:
        nonlocal bar
        bar = tqdm(total=total, unit="article", desc="Reading articles", disable=quiet, file=sys.stderr)

    def advance(article) -> None:
        if bar is not None:
            bar.set_postfix_str(article.source.id[:30])
            bar.update(1)

    report = generate_bank(seeds, bank, title=title, on_article=advance, on_start=start)
    if bar is not None:
        bar.close()
    if not quiet:
        for warning in report.warnings:
            click.secho(f"Warning: {warning}", fg="yellow", err=True)
    for skipped in report.skipped:
        click.secho(f"Skipped: {skipped}", fg="red", err=True)
    flagged = f", {report.flagged} flagged: cited sentence changed" if report.flagged else ""
    click.echo(
        f"{report.path}: {report.total} questions from {report.articles} article(s) "
        f"({report.generated} generated from {report.candidates} candidates, "
        f"{report.kept_from_teachers} kept from teachers{flagged})"
    )


@main.command(name="export")
@click.argument("bank", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "format_name",
    required=True,
    type=click.Choice(list(FORMATS)),
    help="The tool to export for: Moodle (moodle-xml, gift), Canvas (qti), Anki, Kahoot, Quizlet, a spreadsheet (csv), scripts (json).",
)
@click.option(
    "--status",
    "statuses",
    multiple=True,
    type=click.Choice(STATUSES),
    help="Export only questions with this status (repeat for several); default: every question not rejected.",
)
@click.option("--topic", "topics", multiple=True, help="Export only questions with this topic (repeat for several).")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="File to write (default: the bank's title and the format's ending, in the current folder); - for stdout.",
)
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
def export_command(
    bank: Path, format_name: str, statuses: tuple[str, ...], topics: tuple[str, ...], output: Path | None, force: bool
) -> None:
    """Export a bank for the tool a class already uses.

    Every question carries its source (outlet, article, date and the quoted
    sentence) in its feedback. Questions a format cannot hold are left out
    and listed with the reason; nothing is cut or changed silently.

    \b
    Example:
      python -m quizgen export question_banks/generated.yaml --format moodle-xml --status approved
      python -m quizgen export question_banks/generated.yaml --format anki --topic trade -o summit.apkg
    """
    from .export.run import export_bank, file_name

    to_stdout = output is not None and str(output) == "-"
    opened = load_bank(bank)
    target = output or Path(file_name(opened, format_name))
    if not to_stdout and target.suffix.lower() in (".yaml", ".yml"):
        raise QuizgenError(f"{target} is a bank's file name; choose a file ending in {FORMATS[format_name].suffix}")
    if not to_stdout and target.exists() and not force:
        raise QuizgenError(f"{target} already exists; add --force to replace it, or choose another file with -o")
    done = export_bank(opened, format_name, statuses=statuses, topics=topics)
    for skipped in done.skipped:
        click.secho(f"Skipped: {skipped}", fg="yellow", err=True)
    if to_stdout:
        click.echo(done.data, nl=False)
        click.echo(done.summary(), err=True)
    else:
        atomic_write(target, done.data)
        click.echo(f"{target}: {done.summary()}")


@main.command()
def schema() -> None:
    """Print the JSON Schema of a bank file (what `export --format json` writes).

    \b
    Example:
      python -m quizgen schema > docs/bank.schema.json
    """
    from .export.run import schema_text

    click.echo(schema_text(), nl=False)


@main.command("hash-password")
@click.option(
    "--stdin",
    "from_stdin",
    is_flag=True,
    help="Read the password from the first line of standard input instead of asking for it.",
)
def hash_password_command(from_stdin: bool) -> None:
    """Make the teacher password's salted hash, to put in .streamlit/secrets.toml.

    Asks for the password twice without showing it (or reads it with --stdin)
    and prints the two lines to put in .streamlit/secrets.toml. Only the hash is
    stored, never the password. Instead of the file, the environment variable
    QUIZGEN_TEACHER_PASSWORD_HASH may hold the quoted value. Without either,
    the app prints a one-time access token in its console at start-up.

    \b
    Example:
      python -m quizgen hash-password >> .streamlit/secrets.toml
      printf '%s\\n' "$PASSWORD" | python -m quizgen hash-password --stdin
    """
    from .access import PASSWORD_ENV, SECRETS_FILE, hash_password, new_password_problem

    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Teacher password", hide_input=True, confirmation_prompt="Repeat it", err=True)
    problem = new_password_problem(password)
    if problem:
        raise QuizgenError(f"{problem}; no hash was made")
    line = hash_password(password)
    click.echo(f'[teacher]\npassword_hash = "{line}"')
    click.echo(f"Put these lines in {SECRETS_FILE} (or set {PASSWORD_ENV}='{line}') and restart the app.", err=True)


@main.command()
@click.option(
    "--bank",
    type=click.Path(path_type=Path),
    default=Path("question_banks/generated.yaml"),
    show_default=True,
    help="The bank to evaluate.",
)
@click.option(
    "--gold",
    type=click.Path(path_type=Path),
    default=Path("benchmarks/key_facts_independent.yaml"),
    show_default=True,
    help="Facts a good quiz must cover (skipped if the file is absent).",
)
@click.option(
    "--ratings",
    type=click.Path(path_type=Path),
    default=None,
    help="A teacher's own ratings of a random sample (RatingSet YAML). Blind ratings: benchmarks/blind_rating.py.",
)
@click.option(
    "--sample",
    "sample_size",
    type=int,
    default=None,
    help="Instead of the report, print a random sample of this many questions to rate.",
)
@click.option("--seed", type=int, default=2024, show_default=True, help="Seed of the random sample.")
def evaluate(bank: Path, gold: Path, ratings: Path | None, sample_size: int | None, seed: int) -> None:
    """Measure a bank's quality against the targets: counts, automated checks, coverage, ratings.

    Exits 1 when a question fails an automated check.

    \b
    Example:
      python -m quizgen evaluate
      python -m quizgen evaluate --sample 40 --seed 2024 > sample.txt
    """
    from .evaluation import draw_sample, load_gold, load_ratings, rating_sheet
    from .evaluation import evaluate as run_evaluation

    loaded = load_bank(bank)
    if sample_size is not None:
        for question in draw_sample(loaded.questions, sample_size, seed):
            click.echo(rating_sheet(question, loaded) + "\n")
        return
    root = project_root_of(bank)
    texts = {s.id: read_article_file(root, s.path) for s in loaded.sources}
    result = run_evaluation(
        loaded,
        texts,
        gold=load_gold(gold) if gold.exists() else None,
        ratings=load_ratings(ratings) if ratings is not None else None,
    )
    for line in result.lines():
        click.echo(line)
    if result.failures:
        sys.exit(1)
