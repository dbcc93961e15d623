"""The Gradio page put together from its tabs (ui/page/), and `serve`, which runs it.

Air-gapped by construction: system fonts only (no Google Fonts), analytics off, no share
link, no SSR/Node, no PWA or MCP, no run history. `/ask` is an API endpoint whose only required
input is the question, so `gradio_client.Client(url).predict(q, api_name="/ask")` works.
"""

from __future__ import annotations

import errno
import shutil
import signal
import sys
import tempfile
import weakref
from pathlib import Path
from typing import Any

import gradio as gr  # after ui.page.common has turned analytics off

from kb.config import MAX_FILE_BYTES, SHIPPED_CORPUS, Settings  # sets GRADIO_ANALYTICS_ENABLED=False first
from kb.errors import UsageError
from ui import handlers as h
from ui.auth import ADMIN, Users, load_users
from ui.i18n import lang_code, t
from ui.page.ask import AskTab
from ui.page.common import ASK_CONCURRENCY, ASSETS, Page, lang_css, language_switch, merged, theme
from ui.page.compare import CompareTab
from ui.page.deadlines import DeadlinesTab
from ui.page.duties import DutiesTab
from ui.page.library import LibraryTab
from ui.progress import ProgressBar

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def build_app(kb, users: Users | None = None) -> gr.Blocks:
    """The five tabs and the /ask API over one shared KnowledgeBase."""

    def role_of(request: gr.Request | None) -> str:
        return ADMIN if users is None else users.role(getattr(request, "username", None))

    exports = Path(tempfile.mkdtemp(prefix="cdokb-exports-"))  # downloads; Gradio serves the temp dir
    # delete_cache: Gradio's copies of downloads and uploads are dropped after a day.
    with gr.Blocks(title=t("title"), analytics_enabled=False, delete_cache=(3600, 86400)) as demo:
        header, lang_radio = language_switch()
        page = Page(kb=kb, role_of=role_of, exports=exports, lang=lang_radio, demo=demo)
        with gr.Tabs():
            tabs = [AskTab(page), CompareTab(page), DutiesTab(page), DeadlinesTab(page), LibraryTab(page)]
        tabs[0].add_api()
        library = tabs[-1]

        # The language switch relabels the whole page in one event. Tab labels are bilingual
        # (问答 Ask), so a reader of either language finds the tabs before switching.

        def relabel(choice: str, *values: Any) -> dict[Any, Any]:
            lang = lang_code(choice)
            updates: dict[Any, Any] = {header: f"## {t('title', lang)}\n{t('subtitle', lang)}",
                                       lang_radio: gr.update(label=t("language", lang))}  # fmt: skip
            for tab in tabs:
                given, values = values[: len(tab.lang_inputs)], values[len(tab.lang_inputs) :]
                updates = merged(updates, tab.on_lang(choice, *given))
            return updates

        lang_radio.change(
            relabel,
            [lang_radio, *(c for tab in tabs for c in tab.lang_inputs)],
            {header, lang_radio, *(c for tab in tabs for c in tab.lang_outputs)},
            api_visibility="private",
        )

        # Every tab's pickers list the stored documents, regions and roles: filled when the page
        # loads and again after each upload or removal.
        pickers = [c for tab in tabs for c in tab.choice_components]

        def refresh_choices() -> dict[Any, Any]:
            choices, roles = h.filter_choices(kb), h.role_choices(kb)
            return {c: u for tab in tabs for c, u in tab.choice_updates(choices, roles).items()}

        # One page-load event for the whole page: Gradio lists a tab twice when several load
        # events update the components of tabs not yet shown.
        loaded = [tab for tab in tabs if hasattr(tab, "load_outputs")]

        def on_load(request: gr.Request) -> dict[Any, Any]:
            parts = [tab.on_load(request) for tab in loaded]
            return merged(refresh_choices(), *parts)

        demo.load(
            on_load,
            outputs={*pickers, *(c for tab in loaded for c in tab.load_outputs)},
            api_visibility="private",
        )
        for written in library.writes:
            written.success(refresh_choices, outputs=pickers, api_visibility="private")
    # The page's exports go with it (at exit at the latest), not left in /tmp by every start.
    weakref.finalize(demo, shutil.rmtree, exports, ignore_errors=True)
    return demo


def ingest_corpus(kb, corpus: Path) -> None:
    """First start: fill the empty knowledge base from corpus/ through the ingest pipeline; only
    the progress bar and the summary lines on stderr are the page's own."""

    if not Path(corpus).exists():
        raise UsageError(
            f"{corpus}: no such corpus folder; pass an existing folder or run `cdokb ingest PATH` first"
        )
    print(f"cdokb: the knowledge base is empty; ingesting {corpus} first", file=sys.stderr, flush=True)
    with ProgressBar() as bar:
        report = kb.ingest([Path(corpus)], progress=bar.update)
    print(
        f"cdokb: added {report.added}, failed {len(report.failed)}; "
        f"{report.documents} documents, {report.chunks} chunks in {report.seconds} s",
        file=sys.stderr,
        flush=True,
    )
    for failure in report.failed:
        print(f"cdokb: failed: {failure['error']}", file=sys.stderr)


def serve(
    settings: Settings,
    host: str = "127.0.0.1",
    port: int = 7860,
    corpus: Path = SHIPPED_CORPUS,
) -> None:
    """Open (and on first start fill) the knowledge base, then serve the page until interrupted."""
    from ui.compose import open_knowledge_base

    users = load_users(settings.auth_file) if settings.auth_file else None
    if users is None and host not in LOCAL_HOSTS:
        print(
            f"cdokb: warning: serving on {host} without login; anyone who reaches it may upload and remove "
            "documents (set CDOKB_AUTH=users.toml to require a login)",
            file=sys.stderr,
        )
    kb = open_knowledge_base(settings)
    if not kb.documents():
        ingest_corpus(kb, corpus)
    kb.warm_up()
    demo = build_app(kb, users)
    demo.queue(default_concurrency_limit=ASK_CONCURRENCY, max_size=512)
    url = f"http://{host}:{port}"
    kb.serving(url)
    # A service manager's stop (SIGTERM) ends the server as Ctrl+C does, from its first moment:
    # Gradio closes its server, the knowledge base is closed below, the page's exports go at exit.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        try:
            demo.launch(
                server_name=host,
                server_port=port,
                auth=users.check if users else None,
                auth_message=t("title") if users else None,
                theme=theme(),
                css=lang_css(),
                css_paths=[ASSETS / "web.css"],
                share=False,
                quiet=True,  # Gradio's own lines (its URL, "set share=True") give way to ours below
                prevent_thread_lock=True,
                inbrowser=False,
                show_error=True,
                footer_links=["api"],
                run_history=False,
                enable_monitoring=False,
                ssr_mode=False,
                pwa=False,
                mcp_server=False,
                max_file_size=MAX_FILE_BYTES,  # the readers' limit: a bigger upload is refused at the door
            )
        except OSError as exc:
            taken = exc.errno in (errno.EADDRINUSE, errno.EADDRNOTAVAIL) or "port" in str(exc).lower()
            if not taken:
                raise
            raise UsageError(
                f"cannot serve on {host}:{port}: the port is taken or the address is not this machine's; "
                "pick another with --port or --host"
            ) from exc
        print(f"cdokb: serving {url} (Ctrl+C stops)", file=sys.stderr, flush=True)
        demo.block_thread()
    except KeyboardInterrupt:
        # A stop that lands while launch() is still returning, after the page already answers,
        # is the same stop: close the server as block_thread() would and end cleanly.
        if getattr(demo, "server", None):
            demo.server.close()
    finally:
        kb.close()
