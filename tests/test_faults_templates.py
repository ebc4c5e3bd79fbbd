"""Issue 18, case 9: a letter template that passes the compile check but fails when filled
fails in `check-content` (FILE:LINE, via template_check.render_problems), within time and memory
bounds; and at use it fails as a template error (exit 1 from the CLI, one sentence)."""

from __future__ import annotations

import resource
import time
from pathlib import Path

import pytest
from jinja2 import TemplateError

from iepwizard.core.content import Content
from iepwizard.core.letters import render
from iepwizard.core.loader import load_content
from iepwizard.core.template_check import render_problems
from iepwizard.core.templating import MAX_SECONDS, environment

from .faults_support import cli

LETTER = "evaluation-request"
#: (what to add to the body, a word its problem names)
BREAKERS = {
    "reaches into Python": ("{{ recipient_name.__class__ }}", "unsafe"),
    "a 2 GB string": ("{{ 'a' * 2000000000 }}", "characters"),
    "a 2 GB string, the other way": ("{{ 2000000000 * recipient_name }}", "characters"),
    "a huge power": ("{{ 10 ** 100000000 }}", "too large"),
    "a huge width": ("{{ recipient_name|center(2000000000) }}", "larger than a template"),
    "a huge method width": ("{{ recipient_name.ljust(2000000000) }}", "larger than a template"),
    "a huge format width": ("{{ '{:>999999999}'.format(1) }}", "width"),
    "a huge %-format": ("{{ '%999999999d' % 1 }}", "width"),
    "doubling with ~": ("{% set x = recipient_name * 100000 %}" + "{% set x = x ~ x %}" * 12
                        + "{{ x|length }}", "characters"),
    "a recursive macro": ("{% macro f(x) %}{{ f(x ~ x) }}{% endmacro %}{{ f('ab') }}",
                          "characters"),
    "replace that multiplies": ("{{ (recipient_name * 10000).replace('', 'x' * 3000) }}",
                                "characters"),
    "nested loops": ("{% for i in range(9999) %}{% for j in range(9999) %}{% for k in "
                     "range(9999) %}{{ k }}{% endfor %}{% endfor %}{% endfor %}", "seconds"),
    "a range too long": ("{% for i in range(100000000) %}x{% endfor %}", "larger than"),
    "lists are read-only": ("{% set l = [] %}{{ l.append(1) }}", "unsafe"),
    "a wrong type": ("{{ today + 1 }}", "TypeError"),
    "an undefined element": ("{{ cc[3] }}", "no element"),
}


def _broken(content_copy: Path, snippet: str) -> tuple[Path, int]:
    path = content_copy / "letters" / f"{LETTER}.md"
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n" + snippet + "\n"
    path.write_text(text, encoding="utf-8")
    return path, text.splitlines().index(snippet) + 1


@pytest.mark.parametrize("name", list(BREAKERS))
def test_render_problems_finds_what_would_fail_at_use(content_copy: Path, name: str) -> None:
    snippet, word = BREAKERS[name]
    path, line = _broken(content_copy, snippet)
    content = load_content(content_copy, templates=False)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.monotonic()
    problems = render_problems(content.letters.values())
    took = time.monotonic() - start
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert [(p.path, p.line) for p in problems] == [(path, line)], problems
    assert word in problems[0].message, problems[0].message
    assert str(problems[0]).startswith(f"{path}:{line}: the template fails when filled")
    assert took < 2 * MAX_SECONDS + 2
    assert grown_mb < 300


def test_the_shipped_letters_all_render(content: Content) -> None:
    assert render_problems(content.letters.values()) == []


def test_a_template_failing_at_use_is_a_template_error(content_copy: Path) -> None:
    _broken(content_copy, "{{ recipient_name.__class__ }}")
    template = load_content(content_copy, templates=False).letters[LETTER]
    values = {f.name: f.example for f in template.fields}
    with pytest.raises(TemplateError):
        render(template, values, {"today": "today", "earlier_requests": [], "cc": []})


@pytest.mark.parametrize("name", ["reaches into Python", "a 2 GB string"])
def test_the_letter_command_fails_in_one_sentence(content_copy: Path, tmp_path: Path,
                                                  content: Content, name: str) -> None:
    _broken(content_copy, BREAKERS[name][0])
    template = content.letters[LETTER]
    sets = [a for f in template.fields for a in ("--set", f"{f.name}={f.example}")]
    result = cli("--content", str(content_copy), "--data-dir", str(tmp_path / "d"), "letter",
                 LETTER, *sets)
    assert result.code == 1
    assert "Traceback" not in result.err
    # At use (or, once check-content renders, already when the guide is loaded).
    assert result.err.startswith(("iepwizard: a letter template failed as it was filled",
                                  "iepwizard: the guide in"))
    assert "Maria" not in result.err and "@" not in result.err  # no profile data echoed


@pytest.mark.parametrize("name", ["reaches into Python", "a 2 GB string", "nested loops"])
def test_check_content_reports_it_at_file_and_line(content_copy: Path, name: str) -> None:
    snippet, word = BREAKERS[name]
    path, line = _broken(content_copy, snippet)
    result = cli("check-content", str(content_copy))
    assert result.code == 1
    assert f"{path}:{line}: the template fails when filled" in result.err
    assert word in result.err and "Traceback" not in result.err


def test_an_ordinary_letter_is_not_slowed_by_the_bounds(content: Content) -> None:
    template = content.letters[LETTER]
    values = {f.name: f.example for f in template.fields}
    computed = {"today": "March 3, 2026", "earlier_requests": ["January 5, 2026"],
                "cc": ["Ms. Lee (Principal)"]}
    render(template, values, computed)
    start = time.perf_counter()
    for _ in range(50):
        render(template, values, computed)
    assert (time.perf_counter() - start) / 50 < 0.02
    env = environment()
    assert env.from_string("{{ x }}").render(x="a" * 5_000_000) == "a" * 5_000_000
