"""The IEP review opens no socket: an audit hook, installed in every Python process the test
starts (the PDF reader's child too), records and refuses any socket."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .iep_scoring import CORPUS
from .pdfwriter import make_pdf

HOOK = '''import os, sys
def _no_network(event, args):
    if event.startswith("socket."):
        with open(os.environ["IEP_NO_NET_LOG"], "a") as log:
            log.write(f"{event} in {sys.argv}\\n")
        raise RuntimeError("network blocked: " + event)
sys.addaudithook(_no_network)
'''
EVERYTHING = f'''
import datetime as dt
from pathlib import Path
from iepwizard.core.iep.compare import compare
from iepwizard.core.iep.compensatory import request
from iepwizard.core.iep.ledger import Ledger, Session
from iepwizard.core.iep.ledger_report import rows, summary
from iepwizard.core.iep.parts import find_parts
from iepwizard.core.iep.plan import InForce, plan_from
from iepwizard.core.iep.report import report_lines
from iepwizard.core.iep.review import review_doc
corpus = Path({str(CORPUS)!r})
old, new = (find_parts((corpus / n).read_text()) for n in ("alex-2025.txt", "alex-2026.txt"))
report_lines(review_doc(new), "x", compare(old, new), old, "y")
plan = plan_from([InForce(old, dt.date(2025, 9, 17)), InForce(new, dt.date(2026, 9, 15))])
ledger = Ledger(plan.periods)
sessions = [Session(dt.date(2026, 9, 16), "Specialized Reading Instruction", 30, "not-provided")]
rows(ledger, sessions, dt.date(2026, 9, 1), dt.date(2026, 10, 31), "month")
request("the IEP", "iep", summary(ledger, sessions, dt.date(2026, 9, 1), dt.date(2026, 10, 31)))
print("done")
'''


def hooked_env(tmp_path: Path) -> tuple[dict[str, str], Path]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(HOOK)
    log = tmp_path / "network.log"
    path = os.pathsep.join(p for p in (str(site), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path, "IEP_NO_NET_LOG": str(log)}, log


def test_the_hook_catches_a_socket(tmp_path: Path) -> None:
    env, log = hooked_env(tmp_path)
    done = subprocess.run([sys.executable, "-c", "import socket; socket.socket()"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "network blocked" in done.stderr
    assert "socket.__new__" in log.read_text()


def test_review_pdf_compare_and_ledger_open_no_socket(tmp_path: Path) -> None:
    env, log = hooked_env(tmp_path)
    pdf = tmp_path / "alex.pdf"
    pdf.write_bytes(make_pdf((CORPUS / "alex-2026.txt").read_text()))
    done = subprocess.run([sys.executable, "-m", "iepwizard", "review", str(pdf), "--against",
                           str(CORPUS / "alex-2025.txt")], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "150 -> 90 minutes a week" in done.stdout
    everything = subprocess.run([sys.executable, "-c", EVERYTHING], env=env, capture_output=True,
                                text=True, timeout=120)
    assert everything.returncode == 0 and everything.stdout.strip() == "done", everything.stderr
    assert not log.exists(), log.read_text()


#: For the app, whose event loop wakes itself through a local socket pair: local (AF_UNIX)
#: sockets are allowed, any other socket, connection or name lookup is refused.
APP_HOOK = '''import os, socket, sys
def _no_network(event, args):
    local = event == "socket.__new__" and len(args) > 1 and args[1] == socket.AF_UNIX
    if event.startswith("socket.") and not local:
        with open(os.environ["IEP_NO_NET_LOG"], "a") as log:
            log.write(f"{event} {args!r:.200} in {sys.argv}\\n")
        raise RuntimeError("network blocked: " + event)
sys.addaudithook(_no_network)
'''
APP_RUN = f'''
import asyncio, sys
from pathlib import Path
from textual.events import Paste
from iepwizard.app import IEPWizardApp
from iepwizard.core.loader import load_content
from iepwizard.core.store import Store
sys.path.insert(0, {str(CORPUS.parents[2])!r})
from tests.helpers import until

async def main() -> None:
    store = Store.open(Path(sys.argv[1]))
    content = load_content(Path({str(CORPUS.parents[2] / "content")!r}))
    app = IEPWizardApp(store=store, content=content, child_name="Alex")
    async with app.run_test(size=(80, 24)) as pilot:
        async def wait(what, name):
            await until(pilot, what, name, timeout=30)
        await wait(lambda: app.screen.is_mounted, "the first screen")
        await pilot.press("r")
        await wait(lambda: type(app.screen).__name__ == "ReviewScreen", "the review screen")
        app.screen.query_one("#review-paste").focus()
        app.post_message(Paste(Path({str(CORPUS / "alex-2025.txt")!r}).read_text()))
        await wait(lambda: app.screen.query_one("#review-paste").text, "the paste")
        await pilot.press("ctrl+s")
        await wait(lambda: app.screen.outcome is not None, "the review")
        await pilot.press("a", "s")
        await wait(lambda: type(app.screen).__name__ == "SaveIepDialog", "the save dialog")
        await pilot.click("#save-ok")
        await wait(lambda: store.ieps(app.child_id), "the IEP saved")
        await pilot.press("escape", "v")
        await wait(lambda: type(app.screen).__name__ == "LedgerScreen", "the ledger")
        await pilot.press("ctrl+u", *"2025-09-18", "tab", "tab", *"20", "enter")
        await wait(lambda: store.sessions(app.child_id), "the session saved")
        await pilot.press("ctrl+l")
        await wait(lambda: type(app.screen).__name__ == "LettersScreen", "the letters")
    store.close()
    print("done")

asyncio.run(main())
'''


def test_the_review_and_ledger_screens_and_their_commands_open_no_network(
        tmp_path: Path) -> None:
    env, log = hooked_env(tmp_path)
    data = tmp_path / "data"
    subprocess.run([sys.executable, "-c", "import sys; from iepwizard.core.store import Store; "
                    "s = Store.open(sys.argv[1]); s.add_child('Alex'); s.close()", str(data)],
                   env=env, check=True, timeout=60)
    for args in (("review", str(CORPUS / "alex-2025.txt"), "--child", "Alex", "--save",
                  "--status", "final"),
                 ("review", str(CORPUS / "alex-2026.txt"), "--child", "Alex"),
                 ("services", "--as-of", "2025-10-31", "--by", "month")):
        done = subprocess.run([sys.executable, "-m", "iepwizard", "--data-dir", str(data),
                               *args], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, (args, done.stderr)
    assert not log.exists(), log.read_text()
    (tmp_path / "site" / "sitecustomize.py").write_text(APP_HOOK)
    probe = subprocess.run([sys.executable, "-c", "import socket; socket.socketpair(); "
                            "print('pair'); socket.socket()"], env=env, capture_output=True,
                           text=True, timeout=60)
    assert probe.stdout.strip() == "pair" and "network blocked" in probe.stderr
    log.unlink()
    screens = subprocess.run([sys.executable, "-c", APP_RUN, str(tmp_path / "app-data")],
                             env=env, capture_output=True, text=True, timeout=180)
    assert screens.returncode == 0 and screens.stdout.strip().endswith("done"), screens.stderr
    assert not log.exists(), log.read_text()
