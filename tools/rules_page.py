"""Write ``docs/rules.md``: every rule id of the domain brief, its statement, its source and its code.

Run it from the repository root, with the library's sources importable and the
brief at hand (the brief is not part of the repository):

    PYTHONPATH=src python tools/rules_page.py path/to/BRIEF.md > docs/rules.md

What comes from where:

* the rule ids, their order, the brief's section headings, each rule's title
  and the sources it cites (``[000]`` ... ``[004]``, ``[pub: ...]``) -- from the
  brief; a rule whose text names a design choice is marked as one;
* the one-line statement -- from :data:`STATEMENTS` below, a condensed form of
  the brief's wording (the brief keeps the full text); the script refuses to
  run when the brief and :data:`STATEMENTS` disagree on the ids;
* the code -- every public class, function and method whose docstring cites the
  id, grouped by the file that defines it, named as ``docs/api.md`` documents
  it; then the other library files that cite the id (comments, module
  docstrings, private modules);
* the tests -- every test file that cites the id.

``tests/test_rules_page.py`` checks the page against the code at test time.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import karjera_core

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "karjera_core"
TESTS = ROOT / "tests"
#: The test that checks this page lists every id itself; it is not a test of the rules.
SELF_TEST = "test_rules_page.py"

#: Rule id -> (title when the brief gives none, the one-line statement).
STATEMENTS: dict[str, tuple[str, str]] = {
    "T-1": (
        "",
        "No function reads the clock: every answer that depends on time takes its day as `on=` (a point "
        "rule) or `as_of=` (what was known or true by then).",
    ),
    "T-2": (
        "",
        "Periods are closed intervals of whole days, both ends inclusive, the end possibly open; "
        "`start <= end` always.",
    ),
    "T-3": (
        "",
        'The school year "2016./2017. mācību gads" runs 1 September 2016 – 31 August 2017, and is looked up by date.',
    ),
    "T-4": (
        "",
        "Semester I is 1 September – 31 December, semester II 1 January – 31 August, so that every day is "
        "in exactly one semester.",
    ),
    "T-5": (
        "",
        '"2016.gada 4.ceturksnis" is 2016-10-01 … 2016-12-31; a period from a quarter to a month runs from '
        "the quarter's first day to the month's last.",
    ),
    "T-6": (
        "",
        "Latvian dates in every grammatical case, with or without spaces, numeric with a trailing dot, and "
        "two-day spans whose year the caller gives, are parsed; anything else is refused, and a missing year or "
        "day is never guessed.",
    ),
    "T-7": ("", '"At least once a year" and similar rules are judged over explicit yearly windows.'),
    "M-1": (
        "Euros, exactly",
        "Amounts are euros as `Decimal` with two decimal places; floats, non-finite values and "
        "absurd exponents are refused.",
    ),
    "M-2": (
        "Budgets add up",
        "A budget is a breakdown whose parts sum exactly to its total ([003]: EUR 49,731,514, "
        "external and municipal co-financing EUR 0).",
    ),
    "M-3": (
        "Exact allocation",
        "Splitting an amount by weights gives parts that sum exactly to it (largest remainder on cents).",
    ),
    "O-1": (
        "Organisations",
        "An organisation has a name, a kind, a country (ISO 3166-1 alpha-2) and optionally a registration number.",
    ),
    "O-2": (
        "Dated municipalities",
        "119 municipalities until 2021-06-30, 43 from 2021-07-01, 42 from 2025-07-01: "
        "which set is in force is a question asked on a date.",
    ),
    "O-3": (
        "Education institutions",
        "An education institution has a 10-digit registration number, a name, a "
        "founder, a supervising municipality, a kind and the programmes it implements.",
    ),
    "O-4": (
        "Programme codes",
        "A programme carries an 8-digit code of the Latvian education classification; its "
        "flags are explicit fields, checked against the code where the code decides them.",
    ),
    "O-5": (
        "Learner counts",
        "Learners are counted per institution per school year (optionally per grade); grades "
        "1–12 and vocational courses 1–4 are different kinds of value, never mixed.",
    ),
    "F-1": (
        "",
        "A project's implementation period lies inside its programming period's eligibility window (ESF "
        "2014–2020: to 2023-12-31; ESF+ 2021–2027: to 2029-12-31).",
    ),
    "F-2": (
        "",
        'Project numbers such as "8.3.5.0/16/I/001" and "4.2.2.3/1/24/I/001" have a canonical form; the '
        "variants seen in the wild normalise to it.",
    ),
    "F-3": (
        "",
        "A project has a number, a title, organisations in roles, a fund and programming period, a specific "
        "objective and its regulation, a period, a budget, target groups, activities and expected results.",
    ),
    "F-4": (
        "",
        'A project keeps its dated amendments: "the end date as known on D" and "active on D" are answered '
        "from that history.",
    ),
    "F-5": ("Status on a date", "A project is planned before its start, active, and closed after its end as amended."),
    "C-1": (
        "",
        "VIAA runs the project; a municipality joins by agreement and nominates supervised institutions as "
        "pilot schools.",
    ),
    "C-2": (
        "",
        "A municipality's pilot set has at least one institution with a minority programme and at least 6 "
        "general education institutions in 2016/2017.",
    ),
    "C-3": (
        "",
        "A consultant holds a qualification meeting the regulation in force on the day (MK No. 662 of 2014, "
        "later MK No. 569 of 2018).",
    ),
    "C-4": (
        "",
        "A pilot school's required load is its learners divided by the ratio in force: one consultant per 700 "
        "learners in 2017, per 600 in 2020; two decimals, half up.",
    ),
    "C-5": (
        "",
        "Each consultant's load in a pilot school is at least 0.3 FTE; all pilot schools of a municipality "
        "together at most 6 FTE.",
    ),
    "C-6": (
        "",
        "Consultants and career-support specialists take part in VIAA's further education, recorded per "
        "person with dates and hours.",
    ),
    "C-7": (
        "",
        "The municipal career development support plan covers the three aspects of VIAA's template; a plan "
        "missing one is incomplete.",
    ),
    "C-8": (
        "",
        "The municipality's five obligations are recorded with evidence, and those outstanding on a date are reported.",
    ),
    "C-9": (
        "",
        "Career events have dates, a kind, an organiser level, schools, participants by grade and partners; "
        "they are counted per period, in total, by grade and by the share from non-pilot schools.",
    ),
    "C-10": (
        "",
        "The national reach: at least 328 institutions supported and 656 teachers or specialists trained "
        "(385 consultants, about 75,000 learners in 333 schools at the peak, 2020/21).",
    ),
    "P-1": (
        "",
        "Learners of grades 5–12 and of vocational courses 1–4 may be supported, from school year 2021/2022 "
        "also grades 1–4: eligibility is a rule of the date.",
    ),
    "P-2": (
        "",
        "Support is given in participating institutions (Jelgava novads: 12), each with a project coordinator.",
    ),
    "P-3": (
        "",
        "A learner at risk of leaving school early is identified by an assessment listing risk factors in groups.",
    ),
    "P-4": (
        "",
        "An individual support plan per semester, drawn up at its start, holds consultative and economic "
        "support measures.",
    ),
    "P-5": (
        "",
        "A case opens with an assessment, has plans for semesters inside its open period and closes with an "
        "outcome; there is never support after it closes or after the project's end as amended.",
    ),
    "P-6": (
        "",
        "Per semester: the learners receiving consultative support, meal compensation and individual-use "
        "items (Jelgava novads, autumn 2020: 310, 171 and 6, in 12 institutions).",
    ),
    "P-7": (
        "",
        "Learners are pseudonymous ids only; any value shaped like a Latvian personal code is refused "
        "wherever it appears, and no error message echoes it.",
    ),
    "E-1": (
        "Members",
        "A partnership has a coordinator (lead partner) and partners, each an organisation with a country.",
    ),
    "E-2": (
        "Eligibility",
        "Strategic and cooperation partnerships need 3 organisations from 3 programme countries "
        "and last 12–36 months; small-scale partnerships 2 from 2, 6–24 months.",
    ),
    "E-3": (
        "Activities",
        "Transnational meetings, training events hosted by a partner, and outputs (training "
        "programmes, an online platform, a career guide, seminars, a final conference).",
    ),
    "I-1": (
        "",
        "An indicator has a code, a Latvian (optionally English) title, a measure (count, share, milestone), "
        "a direction, a target, an optional deadline and baseline, and its project.",
    ),
    "I-2": (
        "",
        "Only facts dated on or before `as_of` count; the status is met, met late, pending, missed or not due.",
    ),
    "I-3": ("", "A share carries its numerator and its explicit denominator, never only a rounded percentage."),
    "I-4": (
        "",
        "Every aggregate can be computed on parts of the data and merged, with the same result in any "
        "grouping and order.",
    ),
    "I-5": ("", "The eleven expected results of [003] are a ready catalogue:"),
    "I-6": (
        "Programme figures",
        "The 8.3.5 and 8.3.4 figures of C-9, C-10 and P-6 are indicators too, computed "
        "from events, assignments and cases.",
    ),
}

_RULE = re.compile(r"^- \*\*(?P<id>[A-Z]-\d+)\s*(?P<title>[^*]*)\*\*(?P<text>.*)$")
_SECTION = re.compile(r"^## \d+\. (?P<title>.+)$")
_SUBITEM = re.compile(r"^\s+\d+\.\s+(?P<text>.+)$")
_SEED = re.compile(r"\[(00[0-4])\]")
_PUB = re.compile(r"\[pub(?::\s*(?P<note>[^\]]*))?\]")


def cites(rule: str) -> re.Pattern[str]:
    """The pattern of a rule id as cited: not part of a longer word or number ("C-1" is not in "C-10")."""
    return re.compile(rf"(?<![\w-]){re.escape(rule)}(?!\d)")


def parse_brief(text: str) -> list[tuple[str, list[dict[str, object]]]]:
    """The brief's rule sections, in order: (heading, [{id, title, text, items}])."""
    sections: list[tuple[str, list[dict[str, object]]]] = []
    current: dict[str, object] | None = None
    for line in text.splitlines():
        if (heading := _SECTION.match(line)) is not None:
            sections.append((heading["title"].strip(), []))
            current = None
        elif (found := _RULE.match(line)) is not None and sections:
            current = {
                "id": found["id"],
                "title": found["title"].strip().rstrip(".:").strip(),
                "text": f"{found['title']} {found['text']}",
                "items": [],
            }
            sections[-1][1].append(current)
        elif current is not None and (item := _SUBITEM.match(line)) is not None:
            items = current["items"]
            assert isinstance(items, list)
            items.append(item["text"].strip())
            current["text"] = f"{current['text']} {item['text']}"
        else:
            current = None
    return [(title, rules) for title, rules in sections if rules]


def public_modules() -> Iterator[ModuleType]:
    for info in pkgutil.walk_packages(karjera_core.__path__, "karjera_core."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            yield importlib.import_module(info.name)


def documented_names() -> set[str]:
    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    pattern = r"\.\. auto(?:class|function|exception|data|module):: (karjera_core(?:\.\w+)+)"
    return set(re.findall(pattern, api))


def shown_name(obj: object, name: str, module: str, documented: set[str]) -> str:
    """The dotted name a public object is documented under: the first of its names in ``docs/api.md``.

    The candidates, in order: the programme package's name (``karjera_core.pumpurs.check``), the top-level
    name (``karjera_core.Money``), the defining module's name -- each only if it is the same object.
    """
    candidates = []
    programme = re.match(r"karjera_core\.programmes\.(\w+)", module)
    if programme is not None and getattr(getattr(karjera_core, programme[1], None), name, None) is obj:
        candidates.append(f"karjera_core.{programme[1]}.{name}")
    if getattr(karjera_core, name, None) is obj:
        candidates.append(f"karjera_core.{name}")
    candidates.append(f"{module}.{name}")
    return next((c for c in candidates if c in documented), candidates[0])


def code_index(rules: list[str]) -> dict[str, dict[str, list[str]]]:
    """Rule id -> file (relative to ``src/karjera_core``) -> the public names there whose docstrings cite it."""
    documented = documented_names()
    patterns = {rule: cites(rule) for rule in rules}
    index: dict[str, dict[str, list[str]]] = {rule: {} for rule in rules}
    seen: set[int] = set()
    for module in public_modules():
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if not (inspect.isclass(obj) or inspect.isfunction(obj)) or obj.__module__ != module.__name__:
                continue
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            source = inspect.getsourcefile(obj)
            assert source is not None
            where = Path(source).resolve().relative_to(SRC).as_posix()
            base = shown_name(obj, name, module.__name__, documented)
            members = [(base, inspect.getdoc(obj) or "")]
            if inspect.isclass(obj):
                members += [
                    (f"{base}.{attr}", inspect.getdoc(value) or "")
                    for attr, value in vars(obj).items()
                    if not attr.startswith("_") and (inspect.isfunction(value) or isinstance(value, classmethod))
                ]
            for dotted, doc in members:
                for rule, pattern in patterns.items():
                    if pattern.search(doc):
                        index[rule].setdefault(where, []).append(dotted)
    return index


def files_citing(rule: str, root: Path, *, skip: str = "") -> list[str]:
    pattern = cites(rule)
    return sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*.py")
        if path.name != skip and pattern.search(path.read_text(encoding="utf-8"))
    )


def sources_of(text: str, *, design_choice: bool) -> str:
    seeds = sorted(set(_SEED.findall(text)))
    shown = [f"{{ref}}`[{seed}] <seed-{seed}>`" for seed in seeds]
    for found in _PUB.finditer(text):
        note = (found["note"] or "").strip()
        shown.append(f"public material: {note}" if note else "public material (see {ref}`the sources <public>`)")
    if design_choice:
        shown.append("a design choice of the brief, with a documented default")
    if not shown:
        shown.append("the brief itself: a principle of the library, no outside source")
    return "; ".join(dict.fromkeys(shown))


def _names(dotted_names: list[str]) -> str:
    return ", ".join(f"{{py:obj}}`{dotted.rsplit('.', 1)[-1]} <{dotted}>`" for dotted in dotted_names)


def render(sections: list[tuple[str, list[dict[str, object]]]]) -> str:
    rules = [str(rule["id"]) for _, found in sections for rule in found]
    if set(rules) != set(STATEMENTS) or len(rules) != len(set(rules)):
        missing = sorted(set(rules) - set(STATEMENTS))
        extra = sorted(set(STATEMENTS) - set(rules))
        raise SystemExit(f"the brief and STATEMENTS disagree: without a statement {missing}, not in the brief {extra}")
    index = code_index(rules)
    out = [
        "# The rules",
        "",
        "Every rule of the domain brief, by its id: what it says in one line, the source it rests on",
        "(the seed documents [000] … [004] or public material, see {doc}`sources`), and where the code",
        "implements it and the tests check it. The brief (`BRIEF.md`) keeps each rule's full wording and",
        "the reasons for its design choices; the ids are stable, and the code, tests and docs cite them",
        "(`# rule C-4`), so that a reader can go from a rule to its code and back.",
        "",
        "The code lists the public names whose docstrings cite the rule, by the file that defines them",
        "(under `src/karjera_core/`), then the other files that cite it. Each programme package's",
        "docstring also indexes its rules by file and name (see {doc}`api`).",
        "",
        "Each rule has a label to link to from other pages: ``{ref}`C-4 <rule-c-4>` ``.",
        "",
        "<!-- Generated by tools/rules_page.py from the brief and the code: do not edit by hand. -->",
        "",
    ]
    for heading, found in sections:
        out += [f"## {heading}", ""]
        for rule in found:
            rule_id = str(rule["id"])
            fallback, statement = STATEMENTS[rule_id]
            title = str(rule["title"]) or fallback
            text = str(rule["text"])
            out += [f"(rule-{rule_id.lower()})=", f"### {rule_id} {title}", "", statement, ""]
            items = rule["items"]
            assert isinstance(items, list)
            if items:
                out += [f"{number}. {item}" for number, item in enumerate(items, start=1)]
                out.append("")
            out += ["Source", f": {sources_of(text, design_choice='Design choice' in text)}", ""]
            named = index[rule_id]
            lines = [
                f"`{where}`: {_names(names)}"
                for where, names in sorted(named.items())
                if not where.endswith("examples.py")
            ]
            others = [path for path in files_citing(rule_id, SRC) if path not in named]
            if others:
                lines.append(("also cited in " if lines else "cited in ") + ", ".join(f"`{p}`" for p in others))
            out += ["Code", *(f": {line}" for line in lines), ""]
            scenarios = [
                name for where, names in sorted(named.items()) if where.endswith("examples.py") for name in names
            ]
            if scenarios:
                out += ["Seed scenarios", f": {_names(scenarios)}", ""]
            tests = files_citing(rule_id, TESTS, skip=SELF_TEST)
            out += ["Tests", ": " + (", ".join(f"`tests/{path}`" for path in tests) or "none yet"), ""]
    return "\n".join(out).rstrip() + "\n"


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        raise SystemExit(__doc__)
    sections = parse_brief(Path(argv[1]).read_text(encoding="utf-8"))
    sys.stdout.write(render(sections))


if __name__ == "__main__":
    main(sys.argv)
