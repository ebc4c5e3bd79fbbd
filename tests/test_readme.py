"""The README's key tables are the key registry's (help, Footer and palette come from it too)."""

from __future__ import annotations

import re
from pathlib import Path

from iepwizard import keys

README = Path(__file__).resolve().parent.parent / "README.md"


def test_the_readme_key_tables_are_the_registry() -> None:
    blocks = re.findall(r"<!-- keys:[^>]*-->\n(.*?)<!-- /keys -->", README.read_text(),
                        flags=re.S)
    assert blocks == [keys.markdown_table(keys.WIZARD, keys.APP),
                      keys.markdown_table(keys.MEETING)]
