"""A real terminal for end-to-end tests: the installed app under a private tmux server."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None,
                                reason="tmux is not installed (apt-get install tmux)")


def installed_command() -> str:
    """The console script installed beside this Python (what a user runs)."""
    script = Path(sys.executable).parent / "iepwizard"
    if not script.exists():
        pytest.skip("the iepwizard console script is not installed in this environment")
    return str(script)


class Terminal:
    def __init__(self, width: int = 100, height: int = 30) -> None:
        self.socket = f"iepwizard-test-{uuid.uuid4().hex[:8]}"
        self.session = "app"
        self.size = (width, height)

    def tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True,
                              text=True, timeout=20).stdout

    def start(self, *command: str, env: dict[str, str] | None = None) -> int:
        """Start the command in a fresh session; return its process id."""
        env_args = [arg for k, v in (env or {}).items() for arg in ("-e", f"{k}={v}")]
        # The test runner's COLUMNS/LINES would override the real terminal's size; `exec`
        # keeps the pane's process id the app's own.
        out = self.tmux("new-session", "-d", "-s", self.session, "-x", str(self.size[0]),
                        "-y", str(self.size[1]), "-P", "-F", "#{pane_pid}", *env_args,
                        "--", "/bin/sh", "-c", 'unset COLUMNS LINES; exec "$@"', "sh",
                        *command)
        self.tmux("set-option", "-t", self.session, "remain-on-exit", "on")
        return int(out.strip())

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.tmux("send-keys", "-t", self.session, key)
            time.sleep(0.05)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", self.session, "-l", text)
        time.sleep(0.05)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.session)

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{screen}")

    def wait_exit(self, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.tmux("display-message", "-p", "-t", self.session,
                         "#{pane_dead}").strip() == "1":
                return
            time.sleep(0.05)
        raise AssertionError("the app did not exit")

    def kill_session(self) -> None:
        self.tmux("kill-session", "-t", self.session)

    def close(self) -> None:
        self.tmux("kill-server")


def app_env(data_dir: Path) -> dict[str, str]:
    return {"IEPWIZARD_DATA_DIR": str(data_dir), "TERM": "xterm-256color",
            "PATH": os.environ.get("PATH", "")}
