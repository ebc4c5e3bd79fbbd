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
