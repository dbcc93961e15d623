"""`cdokb serve` end to end: a real server process on a free port, the real bundled embedder,
a 2-document corpus ingested on first start, `/ask` called through gradio_client."""

from __future__ import annotations

import shutil
import socket
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bench.web import server_command, start_server, stop_server
from tests.conftest import CORPUS

pytestmark = pytest.mark.slow

SMALL_CORPUS = ["haifeng-cdo-pilot-plan-2023.txt", "us-44usc3520-chief-data-officers.txt"]


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for name in SMALL_CORPUS:
        shutil.copy(CORPUS / name, folder / name)
    return folder


@pytest.fixture(scope="module")
def server(tmp_path_factory, small_corpus):
    data = tmp_path_factory.mktemp("data")
    log = tmp_path_factory.mktemp("log") / "server.log"
    proc, url = start_server(data, small_corpus, log=log, timeout=240)
    yield url, data, log
    stop_server(proc)


def test_the_server_is_started_through_cdokb_serve(tmp_path):
    command = server_command(tmp_path, 1234, tmp_path / "corpus")
    assert command[1:3] == ["-m", "ui.cli"] and "serve" in command and "--corpus" in command


def test_first_start_ingested_the_corpus(server):
    _, _, log = server
    text = log.read_text("utf-8", "replace")
    assert "ingesting" in text and "added 2" in text


def test_startup_prints_our_url_and_not_gradios_share_hint(server):
    import time

    url, _, log = server
    ours = f"cdokb: serving {url.rstrip('/')}"
    deadline = time.monotonic() + 30  # printed just after the page starts answering
    while ours not in (text := log.read_text("utf-8", "replace")) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert ours in text
    assert "share=True" not in text and "Running on local URL" not in text


def test_ask_through_gradio_client(server):
    from gradio_client import Client

    url, _, _ = server
    client = Client(url, verbose=False)
    result = client.predict("海丰县首席数据官由谁担任？", api_name="/ask")
    assert isinstance(result, dict) and not result["no_answer"]
    assert "[1]" in result["answer"]
    first = result["citations"][0]
    assert first["n"] == 1 and first["text"] and first["section"]
    assert any(c["doc_number"] and c["issuer"] and c["date"] for c in result["citations"])
    english = client.predict("What are the functions of a Chief Data Officer?", api_name="/ask")
    assert english["citations"]


def test_ask_filters_and_k_are_optional_inputs(server):
    from gradio_client import Client

    url, _, _ = server
    client = Client(url, verbose=False)
    result = client.predict("Chief Data Officer", k=2, language=["en"], api_name="/ask")
    assert 0 < len(result["citations"]) <= 2
    from ingest.document import doc_id_for

    assert {c["doc_id"] for c in result["citations"]} == {doc_id_for(Path(SMALL_CORPUS[1]))}


def test_only_ask_is_a_public_endpoint(server):
    from gradio_client import Client

    url, _, _ = server
    info = Client(url, verbose=False).view_api(print_info=False, return_format="dict")
    assert list(info["named_endpoints"]) == ["/ask"]
    params = info["named_endpoints"]["/ask"]["parameters"]
    assert [p["parameter_name"] for p in params if not p["parameter_has_default"]] == ["question"]


def test_an_empty_question_is_a_one_line_error(server):
    from gradio_client import Client

    url, _, _ = server
    with pytest.raises(Exception, match="question is empty"):
        Client(url, verbose=False).predict("   ", api_name="/ask")


def test_binds_to_loopback_only(server):
    """Without a users file nothing but 127.0.0.1 reaches the server."""
    url, _, _ = server
    port = int(url.rstrip("/").rsplit(":", 1)[1])
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))  # UDP connect sends nothing; it picks the outward address
            outward = probe.getsockname()[0]
        except OSError:
            pytest.skip("no non-loopback address on this machine")
    if outward.startswith("127."):
        pytest.skip("no non-loopback address on this machine")
    with pytest.raises(OSError), socket.create_connection((outward, port), timeout=2):
        pass


@pytest.fixture(scope="module")
def login_server(tmp_path_factory, server):
    """A second server on a copy of the data, behind a users file with a viewer and an admin."""
    from ui.auth import hash_password

    _, data, _ = server
    copy = tmp_path_factory.mktemp("data-auth") / "kb"
    shutil.copytree(data, copy)
    users = copy.parent / "users.toml"
    users.write_text(
        f'[users.viewer]\nrole = "viewer"\npassword = "{hash_password("look", 1000)}"\n'
        f'[users.admin]\nrole = "admin"\npassword = "{hash_password("change", 1000)}"\n',
        "utf-8",
    )
    log = copy.parent / "server.log"
    proc, url = start_server(copy, log=log, timeout=240, env={"CDOKB_AUTH": str(users)})
    yield url, log
    stop_server(proc)


def test_a_service_stop_closes_the_server_as_ctrl_c_does(server, tmp_path):
    """SIGTERM (systemctl stop, docker stop) ends `cdokb serve` cleanly: exit status 0, its
    announcement in the data dir withdrawn, its downloads folder removed from the temp dir."""
    _, data, _ = server
    copy = tmp_path / "kb"
    shutil.copytree(data, copy, ignore=shutil.ignore_patterns("servers"))
    temp = tmp_path / "tmp"
    temp.mkdir()
    proc, _ = start_server(copy, log=tmp_path / "server.log", timeout=240, env={"TMPDIR": str(temp)})
    assert list(temp.glob("cdokb-exports-*")) and list((copy / "servers").glob("*.json"))
    stop_server(proc)
    assert proc.returncode == 0
    assert not list(temp.glob("cdokb-exports-*")) and not list((copy / "servers").glob("*.json"))


def test_login_required_when_a_users_file_is_set(login_server):
    from gradio_client import Client

    url, log = login_server
    assert "ingesting" not in log.read_text("utf-8", "replace")  # not empty: no second ingest
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(url + "config", timeout=5)
    with pytest.raises(Exception):  # noqa: B017  (gradio_client raises its own kinds)
        Client(url, verbose=False).predict("首席数据官", api_name="/ask")
    result = Client(url, auth=("viewer", "look"), verbose=False).predict("首席数据官", api_name="/ask")
    assert result["citations"]


def test_a_cli_ingest_beside_the_running_server_is_seen_by_it(server, tmp_path):
    """Issue #12: `cdokb ingest` into the data dir of a running `cdokb serve`; the page then
    answers from the new document, with and without a filter, and `check` says who lags."""
    import json
    import subprocess
    import sys

    from gradio_client import Client

    from ingest.document import doc_id_for
    from tests.conftest import ROOT

    url, data, _ = server
    new = tmp_path / "new"
    new.mkdir()
    name = "guangzhou-cdo-pilot-plan-2021.txt"
    shutil.copy(CORPUS / name, new / name)
    doc_id = doc_id_for(Path(name))
    client = Client(url, verbose=False)
    client.predict("海丰县首席数据官由谁担任？", api_name="/ask")  # the server's handles are warm

    def cdokb(*args: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "ui.cli", "--data-dir", str(data), *args]
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)

    ingested = cdokb("ingest", str(new))
    assert ingested.returncode == 0, ingested.stderr
    behind = json.loads(cdokb("check", "--json").stdout)
    assert behind["ok"] and len(behind["servers_behind"]) == 1

    question = "广州市首席数据官由谁担任？"
    filtered = client.predict(question, doc=[doc_id], api_name="/ask")
    assert filtered["citations"] and {c["doc_id"] for c in filtered["citations"]} == {doc_id}
    unfiltered = client.predict(question, api_name="/ask")
    assert doc_id in {c["doc_id"] for c in unfiltered["citations"]}
    caught_up = json.loads(cdokb("check", "--json").stdout)
    assert caught_up["ok"] and caught_up["servers_behind"] == []
