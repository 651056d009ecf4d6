"""Every rule id of the domain brief is on the rules page (docs/rules.md), in the library's code and in a test.

The ids are copied here from the brief (``BRIEF.md``, kept outside the
repository, which tests never read).  The page is written by
``tools/rules_page.py``; these tests check it against the code as it is now:
every file and name it lists exists and cites its rule.
"""

from __future__ import annotations

import inspect
import pkgutil
import re
from pathlib import Path

import pytest

#: Every rule id of the brief, in the brief's order.
RULE_IDS = (
    *("T-1", "T-2", "T-3", "T-4", "T-5", "T-6", "T-7"),
    *("M-1", "M-2", "M-3"),
    *("O-1", "O-2", "O-3", "O-4", "O-5"),
    *("F-1", "F-2", "F-3", "F-4", "F-5"),
    *("C-1", "C-2", "C-3", "C-4", "C-5", "C-6", "C-7", "C-8", "C-9", "C-10"),
    *("P-1", "P-2", "P-3", "P-4", "P-5", "P-6", "P-7"),
    *("E-1", "E-2", "E-3"),
    *("I-1", "I-2", "I-3", "I-4", "I-5", "I-6"),
)

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "karjera_core"
PAGE = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
LIBRARY = {path: path.read_text(encoding="utf-8") for path in sorted(SRC.rglob("*.py"))}
TESTS = {
    path: path.read_text(encoding="utf-8")
    for path in sorted((ROOT / "tests").rglob("*.py"))
    if path.name != Path(__file__).name  # this file lists every id: it is no test of the rules
}


def cites(rule: str) -> re.Pattern[str]:
    """A rule id as cited: not part of a longer word or number ("C-1" is not in "C-10")."""
    return re.compile(rf"(?<![\w-]){re.escape(rule)}(?!\d)")


def section(rule: str) -> str:
    """The rules page's section of one rule, from its heading to the next."""
    found = re.search(rf"^### {re.escape(rule)} .*?(?=^#{{2,3}} |\Z)", PAGE, re.M | re.S)
    assert found is not None, rule
    return found[0]


def test_the_ids_are_unique() -> None:
    assert len(set(RULE_IDS)) == len(RULE_IDS) == 46


def test_the_rules_page_has_a_section_for_every_rule_of_the_brief_in_its_order() -> None:
    assert re.findall(r"^### ([A-Z]-\d+) ", PAGE, re.M) == list(RULE_IDS)


def test_every_rule_on_the_page_has_a_statement_a_source_code_and_tests() -> None:
    incomplete = [
        rule
        for rule in RULE_IDS
        if not all(f"\n{part}\n: " in section(rule) for part in ("Source", "Code", "Tests"))
        or "none yet" in section(rule)
    ]
    assert incomplete == []


@pytest.mark.parametrize("rule", RULE_IDS)
def test_every_rule_is_cited_in_the_library(rule: str) -> None:
    assert [path for path, text in LIBRARY.items() if cites(rule).search(text)] != []


@pytest.mark.parametrize("rule", RULE_IDS)
def test_every_rule_is_cited_in_a_test(rule: str) -> None:
    assert [path for path, text in TESTS.items() if cites(rule).search(text)] != []


@pytest.mark.parametrize("rule", RULE_IDS)
def test_every_file_the_page_names_for_a_rule_exists_and_cites_it(rule: str) -> None:
    text = section(rule)
    code = [SRC / name for name in re.findall(r"`([\w/]+\.py)`", text.split("\nTests\n")[0])]
    tests = [ROOT / name for name in re.findall(r"`(tests/[\w/]+\.py)`", text)]
    assert code != []
    assert tests != []
    stale = [path for path in code + tests if not path.is_file() or not cites(rule).search(path.read_text("utf-8"))]
    assert stale == []


def test_every_name_the_page_names_exists() -> None:
    names = re.findall(r"\{py:obj\}`[\w.]+ <(karjera_core(?:\.\w+)+)>`", PAGE)
    assert len(names) > len(RULE_IDS)
    for dotted in names:
        pkgutil.resolve_name(dotted)


def test_the_page_links_every_seed_it_cites_to_the_sources_page() -> None:
    sources = (ROOT / "docs" / "sources.md").read_text(encoding="utf-8")
    cited = set(re.findall(r"\{ref\}`\[\d+\] <(seed-\d+)>`", PAGE))
    assert cited == {f"seed-00{n}" for n in range(5)}
    assert all(f"({label})=" in sources for label in cited)


@pytest.mark.parametrize("rule", RULE_IDS)
def test_the_page_names_every_file_that_cites_a_rule(rule: str) -> None:
    # The page is written by tools/rules_page.py; a file that cites a rule and is not on the page means the page
    # was not written again after the change (run the tool: docs must match the code).  A seed scenario is
    # named by its function: its file counts as named.
    code, tests = section(rule).split("\nTests\n")
    listed, _, seeds = code.partition("\nSeed scenarios\n")
    named = set(re.findall(r"`([\w/]+\.py)`", listed))
    for dotted in re.findall(r"<(karjera_core[\w.]+)>", seeds):
        named.add(str(Path(inspect.getsourcefile(pkgutil.resolve_name(dotted)) or "").relative_to(SRC)))
    assert named == {str(path.relative_to(SRC)) for path, text in LIBRARY.items() if cites(rule).search(text)}
    assert set(re.findall(r"`(tests/[\w/]+\.py)`", tests)) == {
        str(path.relative_to(ROOT)) for path, text in TESTS.items() if cites(rule).search(text)
    }
