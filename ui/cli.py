"""The `cdokb` command line: each command is a few lines over KnowledgeBase and the pipeline.

Other tools read the --json output; its names and fields are kept stable.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, replace
from pathlib import Path

import click

from evaluation.score import read_utf8
from kb.config import MAX_K, SHIPPED_CORPUS, Settings
from kb.errors import CdokbError, UsageError
from kb.text import printable


class Context:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._kb = None
        self.mend = True  # `check` looks at the store as a crash left it

    @property
    def kb(self):
        if self._kb is None:
            from ui.compose import open_knowledge_base

            self._kb = open_knowledge_base(self.settings, mend=self.mend)
        return self._kb


pass_context = click.make_pass_decorator(Context)


def _print_json(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False))


@click.group()
@click.option("--data-dir", type=click.Path(path_type=Path), help="Knowledge base folder (env CDOKB_HOME).")
@click.option("--embedder", help="e5 (bundled, default) or st:NAME_OR_PATH (env CDOKB_EMBEDDER).")
@click.option("--chroma-url", help="http://HOST:PORT of a `chroma run` server (env CDOKB_CHROMA_URL).")
@click.option(
    "--threads", type=click.IntRange(1, 64), help="CPU threads for the embedder (env CDOKB_THREADS)."
)
@click.option("--collection", help="Chroma collection name (env CDOKB_COLLECTION, default cdokb).")
@click.pass_context
def cli(
    ctx: click.Context,
    data_dir: Path | None,
    embedder: str | None,
    chroma_url: str | None,
    threads: int | None,
    collection: str | None,
):
    """Offline knowledge base of Chief Data Officer (首席数据官) policy documents."""
    settings = Settings.from_env(
        data_dir=data_dir, embedder=embedder, chroma_url=chroma_url, threads=threads, collection=collection
    )
    ctx.obj = Context(settings)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@pass_context
def ingest(ctx: Context, paths: tuple[Path, ...], as_json: bool) -> None:
    """Add or update documents (default: the shipped corpus/)."""
    from ui.progress import ProgressBar

    missing = [p for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"{missing[0]}: no such file or folder; check the path")
    with ProgressBar() as bar:
        report = ctx.kb.ingest(list(paths) or [SHIPPED_CORPUS], progress=bar.update)
    if as_json:
        _print_json(report.as_json())
    else:
        click.echo(
            f"added {report.added}, updated {report.updated}, unchanged {report.unchanged}, "
            f"removed {report.removed}, duplicates {len(report.duplicates)}, failed {len(report.failed)}; "
            f"{report.documents} documents, {report.chunks} chunks in {report.seconds} s"
        )
        for twin in report.duplicates:
            click.echo(
                f"duplicate: {printable(twin['path'])} has the same content as the stored document "
                f"{twin['doc_id']}; not stored twice",
                err=True,
            )
        for failure in report.failed:
            click.echo(f"failed: {failure['error']}", err=True)
    sys.exit(1 if report.failed else 0)


def _parse_filters(items: tuple[str, ...]) -> dict[str, list[str]]:
    filters: dict[str, list[str]] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise UsageError(f"--filter {item!r}: write it as key=value, e.g. --filter region=海丰县")
        filters.setdefault(key.strip(), []).append(value.strip())
    return filters


def _answer_json(answer) -> dict:
    data = asdict(answer)
    for citation in data["citations"]:
        citation.pop("chunk_id", None)
    return data


def _print_answer(answer) -> None:
    click.echo(answer.answer)
    for c in answer.citations:
        where = printable(" · ".join(x for x in (c.title, c.issuer, c.date, c.doc_number) if x))
        page = f" · p. {c.page}" if c.page else ""
        flags = "".join(
            f" ({label})"
            for label, on in (
                ("closest clause, not an answer", c.closest),
                ("stored copy incomplete", not c.complete),
            )
            if on
        )
        click.echo(f"\n[{c.n}] {where}{flags}\n    {c.section}{page}\n    {c.text.strip()[:300]}")


@cli.command()
@click.argument("question", required=False)
@click.option("--k", default=5, show_default=True, type=click.IntRange(1, MAX_K), help="Passages to cite.")
@click.option("--filter", "filters", multiple=True, help="key=value: doc, region, level, language, year.")
@click.option("--batch", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Questions file.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (one object per line with --batch).")
@click.option(
    "--llm", "llm_url", help="OpenAI-compatible URL of an LLM that rephrases the answer (env CDOKB_LLM_URL)."
)
@click.option("--llm-model", help="Model name sent to it (env CDOKB_LLM_MODEL).")
@pass_context
def ask(
    ctx: Context,
    question: str | None,
    k: int,
    filters: tuple[str, ...],
    batch: Path | None,
    as_json: bool,
    llm_url: str | None,
    llm_model: str | None,
):
    """Answer a question with cited clauses (rephrased by an LLM and checked, when one is set)."""
    parsed = _parse_filters(filters)
    if batch is None and not question:
        raise UsageError("give a QUESTION or --batch FILE")
    if llm_url or llm_model:
        ctx.settings = replace(ctx.settings, llm_url=llm_url or ctx.settings.llm_url,
                               llm_model=llm_model or ctx.settings.llm_model)  # fmt: skip
    questions = _read_batch(batch) if batch else [question or ""]
    for text in questions:
        answer = ctx.kb.ask(text, k=k, filters=parsed)
        data = _answer_json(answer) | {"mode": "extractive", "dropped": []}
        if ctx.settings.llm_url:
            result = ctx.kb.rephrase(answer)
            answer.answer = result.text
            data |= {
                "answer": result.text,
                "mode": result.mode,
                "dropped": result.dropped,
                "model": result.model,
            }
        if as_json:
            _print_json(data)
        else:
            _print_answer(answer)


def _read_batch(path: Path) -> list[str]:
    questions = []
    for line in read_utf8(path).splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("{"):
            try:
                questions.append(str(json.loads(line)["question"]))
                continue
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise UsageError(f'{path}: {line[:40]!r} is not a JSON line with a "question" field') from exc
        questions.append(line)
    return questions


@cli.command()
@click.option("--json", "as_json", is_flag=True)
@pass_context
def docs(ctx: Context, as_json: bool) -> None:
    """List the documents in the knowledge base."""
    infos = ctx.kb.documents()
    if as_json:
        _print_json([asdict(i) for i in infos])
        return
    for i in infos:
        cut = "" if i.complete else "\t(stored copy incomplete)"
        fields = [i.doc_id, f"{i.chunks} chunks", i.date or "-", i.doc_number or "-", i.title]
        click.echo("\t".join(printable(f) for f in fields) + cut)


@cli.command()
@click.argument("doc")
@pass_context
def remove(ctx: Context, doc: str) -> None:
    """Delete a document everywhere (vectors, keyword index, duties, deadlines)."""
    ctx.kb.remove(doc)
    ctx.kb.refresh()
    click.echo(f"removed {doc}")


@cli.command(name="eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--split", type=click.Choice(["tune", "heldout"]), help="Only the questions of this half.")
@click.option("--json", "as_json", is_flag=True)
@click.option("--misses", is_flag=True, help="List the questions answered wrongly.")
@pass_context
def eval_command(ctx: Context, file: Path, split: str | None, as_json: bool, misses: bool) -> None:
    """Answer quality on a question file, by kind and language (evaluation/questions.jsonl shape)."""
    from evaluation.score import evaluate, load_questions, table

    report = evaluate(ctx.kb, load_questions(file, split))
    if as_json:
        _print_json(report.as_json())
        return
    if misses:
        for r in report.results:
            if not r.ok:
                click.echo(
                    f"MISS {r.id}	{r.kind}	rank={r.rank}	retrieved={r.retrieval_rank}	"
                    f"no_answer={r.no_answer}	{' '.join(r.missing_places)}	{r.question}"
                )
    click.echo(table(report))


@cli.command()
@click.option("--repair", is_flag=True, help="Mend what is inconsistent.")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def check(ctx: Context, repair: bool, as_json: bool) -> None:
    """Check that SQLite, Chroma and the keyword index agree."""
    ctx.mend = False
    report = ctx.kb.check(repair=repair)
    if report.repaired:
        after = ctx.kb.check()
        after.repaired = True
        report = after
    data = asdict(report) | {"ok": report.ok}
    if as_json:
        _print_json(data)
    else:
        click.echo(
            f"{report.documents} documents, {report.chunks} chunks, {report.vectors} vectors; "
            f"missing vectors {len(report.missing_vectors)}, orphan vectors {len(report.orphan_vectors)}, "
            f"pending documents {len(report.pending_documents)}, keyword entries missing "
            f"{len(report.missing_keywords)}, orphan keyword entries {len(report.orphan_keywords)}"
            + ("; repaired" if report.repaired else "")
        )
        for server in report.servers_behind:
            click.echo(
                f"the server ({server}) has not yet seen the latest changes; "
                "it loads them at its next question, no action needed"
            )
    sys.exit(0 if report.ok else 1)


@cli.command()
@click.option(
    "--role", help="A role or alias: 首席数据官, 部门首席数据官, 数据专员, CDO, Chief Data Officer …"
)
@click.option("--doc", "docs_", multiple=True, help="Only these documents.")
@click.option("--region", "regions", multiple=True, help="Only the documents of a place, either script.")
@click.option("--language", "languages", multiple=True, help="Only documents in this language (zh, en).")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def duties(
    ctx: Context,
    role: str | None,
    docs_: tuple[str, ...],
    regions: tuple[str, ...],
    languages: tuple[str, ...],
    as_json: bool,
) -> None:
    """Who must do what: the duties each role is given, with their clauses."""
    filters = {"doc": list(docs_), "region": list(regions), "language": list(languages)}
    found = ctx.kb.duties(role=role, filters=filters)
    if as_json:
        _print_json([asdict(d) for d in found])
        return
    for d in found:
        holder = f" ({d.holder})" if d.holder else ""
        click.echo(f"{d.level}{d.role}{holder}: {d.duty}\n    {printable(d.title)} · {d.section}")


@cli.command()
@click.option("--doc", "docs_", multiple=True, help="Only these documents.")
@click.option("--region", "regions", multiple=True, help="Only the documents of a place, either script.")
@click.option("--language", "languages", multiple=True, help="Only documents in this language (zh, en).")
@click.option("--role", help="Only what this role or body must do (首席数据官, CDO Council …).")
@click.option("--from", "date_from", help="YYYY-MM-DD: due on or after.")
@click.option("--to", "date_to", help="YYYY-MM-DD: due on or before.")
@click.option("--json", "as_json", is_flag=True)
@click.option("--ics", type=click.Path(dir_okay=False, path_type=Path), help="Write a calendar file.")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False, path_type=Path), help="Write a CSV file.")
@pass_context
def deadlines(
    ctx: Context,
    docs_: tuple[str, ...],
    regions: tuple[str, ...],
    languages: tuple[str, ...],
    role: str | None,
    date_from: str | None,
    date_to: str | None,
    as_json: bool,
    ics: Path | None,
    csv_path: Path | None,
) -> None:
    """What is due, and when: upcoming deadlines first (soonest first), then past ones, then undated."""
    from kb.export import deadlines_to_csv, deadlines_to_ics
    from kb.schedule import when_in_words
    from kb.text import is_chinese

    for value in (date_from, date_to):
        if value and not _is_date_prefix(value):
            raise UsageError(f"{value!r} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
    filters = {"doc": list(docs_), "region": list(regions), "language": list(languages)}
    found = ctx.kb.deadlines(filters=filters, role=role, date_from=date_from, date_to=date_to)
    if ics:
        calendar = deadlines_to_ics(found)
        ics.write_bytes(calendar)
        click.echo(f"wrote {printable(str(ics))} ({calendar.count(b'BEGIN:VEVENT')} events)", err=True)
    if csv_path:
        csv_path.write_text(deadlines_to_csv(found), "utf-8-sig")
        click.echo(f"wrote {printable(str(csv_path))} ({len(found)} deadlines)", err=True)
    if as_json:
        _print_json([asdict(d) for d in found])
        return
    heading = {"upcoming": "upcoming 即将到期", "past": "past 已过期", "undated": "undated 未定"}
    shown_status = None
    for status, shown, d in ctx.kb.deadline_schedule(filters, role, date_from=date_from, date_to=date_to):
        if status != shown_status:
            click.echo(f"== {heading[status]} ==")
            shown_status = status
        words = when_in_words(d, is_chinese(d.text))
        when = f"{shown} ({words})" if d.recurrence and shown else shown or words or "undated"
        task = f"{d.who}: {d.what}" if d.who else d.what or d.text  # no empty "who: " when it names no one
        click.echo(f"{when}\t{task}\n    {printable(d.title)} · {d.section}")


def _is_date_prefix(value: str) -> bool:
    import re

    return bool(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value))


# The file options `compare`, `brief` and `draft` share.
english_option = click.option(
    "--en", "english", is_flag=True, help="English headings and citations (default Chinese)."
)
md_option = click.option(
    "--md", "md_path", type=click.Path(dir_okay=False, path_type=Path), help="Write Markdown."
)
docx_option = click.option(
    "--docx", "docx_path", type=click.Path(dir_okay=False, path_type=Path), help="Write Word."
)


@cli.command()
@click.option("--doc", "docs_", multiple=True, help="A document to compare (repeat; default: every plan).")
@click.option("--region", "regions", multiple=True, help="The documents of a place, either script (repeat).")
@click.option("--dimension", "dimensions", multiple=True, help="goals, scope, organisation, duties, steps, …")
@click.option("--en", "english", is_flag=True, help="English labels in the files (default Chinese).")
@click.option("--json", "as_json", is_flag=True)
@md_option
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False, path_type=Path), help="Write CSV.")
@docx_option
@pass_context
def compare(
    ctx: Context,
    docs_: tuple[str, ...],
    regions: tuple[str, ...],
    dimensions: tuple[str, ...],
    english: bool,
    as_json: bool,
    md_path: Path | None,
    csv_path: Path | None,
    docx_path: Path | None,
) -> None:
    """Documents side by side along the six dimensions (and who holds the role, reporting)."""
    from kb.compare_export import cell_lines, to_csv, to_docx, to_markdown

    matrix = ctx.kb.compare(docs_, regions, dimensions)
    written = f"{len(matrix.documents)} documents × {len(matrix.dimensions)} dimensions"
    if md_path:
        md_path.write_text(to_markdown(matrix, not english), "utf-8")
        click.echo(f"wrote {written} to {printable(str(md_path))}", err=True)
    if csv_path:
        csv_path.write_text(to_csv(matrix, not english), "utf-8-sig")
        click.echo(f"wrote {written} to {printable(str(csv_path))}", err=True)
    if docx_path:
        to_docx(matrix, docx_path, not english)
        click.echo(f"wrote {written} to {printable(str(docx_path))}", err=True)
    if as_json:
        _print_json(matrix.as_json())
        return
    if md_path or csv_path or docx_path:
        return
    for doc in matrix.documents:
        click.echo(f"== {printable(doc.title)} ({doc.doc_id})")
        for dimension in matrix.dimensions:
            label = dimension.label_en if english else dimension.label_zh
            lines = cell_lines(matrix.cell(doc.doc_id, dimension.id), not english)
            click.echo(f"  {label}:")
            for line in lines:
                click.echo(f"    {printable(line)}")


def _require_handout_file(md_path: Path | None, docx_path: Path | None) -> None:
    if not (md_path or docx_path):
        raise UsageError("name the file to write: --docx FILE (Word) or --md FILE (Markdown)")


def _write_handout(
    blocks: list, chinese: bool, md_path: Path | None, docx_path: Path | None, said: str
) -> None:
    """Write a brief or an outline (kb.handout_export) to the files named, saying what was written."""
    from kb.handout_export import to_docx, to_markdown

    if md_path:
        md_path.write_text(to_markdown(blocks, chinese), "utf-8")
        click.echo(f"wrote {printable(str(md_path))} ({said})", err=True)
    if docx_path:
        to_docx(blocks, docx_path, chinese)
        click.echo(f"wrote {printable(str(docx_path))} ({said})", err=True)


@cli.command()
@click.option(
    "--role", help="A role or alias: 首席数据官, 部门首席数据官, 首席数据执行官, 数据专员, agency CDO …"
)
@click.option(
    "--region", "regions", multiple=True, help="Only the documents of a place, either script (repeat)."
)
@click.option("--doc", "docs_", multiple=True, help="Only these documents (repeat).")
@english_option
@md_option
@docx_option
@pass_context
def brief(
    ctx: Context,
    role: str | None,
    regions: tuple[str, ...],
    docs_: tuple[str, ...],
    english: bool,
    md_path: Path | None,
    docx_path: Path | None,
) -> None:
    """A trainer's handout for one role: who holds it, its duties, deadlines and sources, all quoted."""
    from kb.handout_export import brief_blocks

    _require_handout_file(md_path, docx_path)
    handout = ctx.kb.brief(role or "", regions, docs_)
    places = len(handout.places)
    said = f"{places} place{'' if places == 1 else 's'}, {handout.clauses} clauses"
    _write_handout(brief_blocks(handout, not english), not english, md_path, docx_path, said)


@cli.command()
@click.option(
    "--level",
    help="The level of the plan: 省, 市, 县, 区, 镇 (乡镇), 部门, 街道, 企业, 医院, 高校 or agency.",
)
@click.option(
    "--like", "like", multiple=True, help="Model it on these documents (repeat; default: comparable plans)."
)
@click.option("--name", default="", help='The place or body drafting, e.g. "某某县".')
@english_option
@md_option
@docx_option
@pass_context
def draft(
    ctx: Context,
    level: str | None,
    like: tuple[str, ...],
    name: str,
    english: bool,
    md_path: Path | None,
    docx_path: Path | None,
) -> None:
    """A drafter's plan outline: the six dimensions as headings, model clauses quoted under each."""
    from kb.handout_export import draft_blocks

    _require_handout_file(md_path, docx_path)
    outline = ctx.kb.draft(level or "", like, name)
    said = f"{len(outline.headings)} headings, {len(outline.documents)} documents, {outline.clauses} clauses"
    _write_handout(draft_blocks(outline, not english), not english, md_path, docx_path, said)


@cli.command(name="eval-extract")
@click.option(
    "--gold",
    "gold_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder with deadlines.jsonl and duties.jsonl (default: evaluation/gold).",
)
@click.option("--json", "as_json", is_flag=True)
@pass_context
def eval_extract(ctx: Context, gold_dir: Path | None, as_json: bool) -> None:
    """Precision and recall of duty and deadline extraction against a gold file."""
    from evaluation.extraction import GOLD, score

    result = score(gold_dir or GOLD, ctx.kb.duties(), ctx.kb.deadlines())
    if as_json:
        _print_json(result)
        return
    for kind in ("deadlines", "duties"):
        part = result.get(kind, {})
        click.echo(f"{kind}: " + ", ".join(f"{k} {v}" for k, v in part.items() if isinstance(v, int | float)))


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="0.0.0.0 to serve the whole network.")
@click.option("--port", default=7860, show_default=True, type=int)
@click.option(
    "--auth",
    "auth_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="users.toml for login (env CDOKB_AUTH).",
)
@click.option(
    "--corpus",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=SHIPPED_CORPUS,
    show_default="the shipped corpus/",
    help="What an empty knowledge base ingests first.",
)
@pass_context
def serve(ctx: Context, host: str, port: int, auth_file: Path | None, corpus: Path) -> None:
    """Open the web app; an empty knowledge base gets the shipped corpus first."""
    from ui.web import serve as serve_web

    settings = replace(ctx.settings, auth_file=auth_file) if auth_file else ctx.settings
    serve_web(settings, host=host, port=port, corpus=corpus)


def main() -> None:
    """Entry point: the one place that turns errors into a one-line message and an exit code."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except UsageError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except CdokbError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except OSError as exc:  # a path the user gave: unreadable file, missing folder, full disk
        where = f"{exc.filename}: " if exc.filename else ""
        click.echo(f"error: {where}{exc.strerror or exc}; check the path and its permissions", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
