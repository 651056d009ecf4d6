"""The projects and the partnership of the seeds, as ready-made values (F-1 ... F-5, M-2, E-1 ... E-3, I-5).

* :data:`CAREER_SUPPORT_835` -- ESF 8.3.5.0/16/I/001, career support [000], [001], [002];
* :data:`PUMPURS_834` -- ESF 8.3.4.0/16/I/001, PuMPuRS [004];
* :data:`TEACHER_SUPPORT_2024` -- ESF+ 4.2.2.3/1/24/I/001, teacher professional support [003];
* :data:`TEACHER_SUPPORT_2024_TARGETS` -- the targets [003] publishes for its
  results (I-5): 90 % of municipalities (item 1), 20 % of institutions (item 2),
  none for items 4, 10 and 11 -- a reference value to pass explicitly to
  :func:`karjera_core.programmes.teacher_support.indicators`;
* :data:`SOS_CAREER_PARTNERSHIP` -- Erasmus+ "S.O.S. karjera panākumiem" [001].

Every figure of the seeds is reproduced exactly; facts from public sources
beyond the seeds ([pub]) name their source beside the value, and every
assumption says so.  The amendments (F-4) are those public sources confirm,
each dated by the earliest dated public text found, with that text in
``Amendment.source``.

This module sits above the programmes and nothing below it imports it.  A
programme's own project is defined in its package, beside the rules that
use it, and re-exported here: the [003] project, its initiator and its
regulation come from :mod:`karjera_core.programmes.teacher_support`.

>>> from datetime import date
>>> PUMPURS_834.end_on(as_of=date(2020, 10, 1)), PUMPURS_834.end_on(as_of=date(2021, 5, 1))
(datetime.date(2022, 12, 31), datetime.date(2023, 12, 31))
>>> str(CAREER_SUPPORT_835.period), CAREER_SUPPORT_835.budget.total if CAREER_SUPPORT_835.budget else None
('2016-10-01..2020-12-31', Money('23080688.00'))
>>> len(SOS_CAREER_PARTNERSHIP.organisations), len(SOS_CAREER_PARTNERSHIP.countries)
(7, 7)
>>> TEACHER_SUPPORT_2024_TARGETS.item1, TEACHER_SUPPORT_2024_TARGETS.item4
(Decimal('0.9'), None)
"""

from __future__ import annotations

from datetime import date

from karjera_core.funding import (
    ESF_2014_2020,
    Budget,
    BudgetLine,
    FundingSource,
    ProjectNumber,
    Regulation,
)
from karjera_core.money import Money
from karjera_core.notation import parse_lv_period
from karjera_core.organisations import IKVD, VIAA, VISC, Organisation, OrganisationKind
from karjera_core.programmes.erasmus.examples import (
    ARAD_COUNTY_EDUCATION_BOARD,
    CERSEO,
    HIPERACTIVITY,
    JELGAVA_NOVADS_EDUCATION_BOARD,
    MOBILITY_FRIENDS,
    OSMANIYE_EDUCATION_DIRECTORATE,
    RIVERIA,
    SOS_CAREER_PARTNERSHIP,
)
from karjera_core.programmes.pumpurs import MK_460_2016, PUMPURS_834
from karjera_core.programmes.teacher_support import (
    MK_358_2024,
    TEACHER_SUPPORT_2024,
    VALMIERA_NOVADS_EDUCATION_BOARD,
)
from karjera_core.programmes.teacher_support import PUBLISHED_TARGETS as TEACHER_SUPPORT_2024_TARGETS
from karjera_core.projects import Amendment, Project, ProjectRole, Role

__all__ = [
    "ARAD_COUNTY_EDUCATION_BOARD",
    "CAREER_SUPPORT_835",
    "CERSEO",
    "DAUGAVPILS",
    "HIPERACTIVITY",
    "IKVD",
    "JELGAVA_CITY",
    "JELGAVA_NOVADS",
    "JELGAVA_NOVADS_EDUCATION_BOARD",
    "MK_358_2024",
    "MK_359_2016",
    "MK_460_2016",
    "MOBILITY_FRIENDS",
    "OSMANIYE_EDUCATION_DIRECTORATE",
    "PUMPURS_834",
    "RIVERIA",
    "SOS_CAREER_PARTNERSHIP",
    "TEACHER_SUPPORT_2024",
    "TEACHER_SUPPORT_2024_TARGETS",
    "VALMIERA_NOVADS_EDUCATION_BOARD",
    "VIAA",
    "VISC",
]


def __dir__() -> list[str]:
    return sorted(__all__)


def _org(name: str, kind: OrganisationKind, country: str = "LV") -> Organisation:
    return Organisation(name=name, kind=kind, country=country)


# ---------------------------------------------------------------- organisations (O-1)

# VIAA (submitter of 8.3.5 [000]), VISC (submitter of the ESF+ project [003]) and IKVD (implementer of
# PuMPuRS [004]) come from karjera_core.organisations, and Valmiera novads education board (initiator of
# [003]) from karjera_core.programmes.teacher_support; all are re-exported here.

#: Jelgava city, a cooperation partner of 8.3.5 [000].
JELGAVA_CITY = _org("Jelgavas pilsētas pašvaldība", OrganisationKind.MUNICIPALITY)
#: Daugavpils, a cooperation partner of 8.3.5 [002] ("Daugavpils pašvaldībā").
DAUGAVPILS = _org("Daugavpils pašvaldība", OrganisationKind.MUNICIPALITY)
#: Jelgava novads, which runs PuMPuRS in its 12 institutions [004].
JELGAVA_NOVADS = _org("Jelgavas novada pašvaldība", OrganisationKind.MUNICIPALITY)
# Jelgava novads education board (8.3.5 cooperation partner and Erasmus+ partner [001]) and the Erasmus+
# partners, named as [001] names them, come from karjera_core.programmes.erasmus.examples.


# ---------------------------------------------------------------- governing regulations (F-3)
# MK_358_2024, governing measure 4.2.2.3 of [003], comes from karjera_core.programmes.teacher_support.

#: MK No. 359 of 2016-06-07, implementing rules of specific objective 8.3.5
#: [pub: https://vestnesis.lv/ta/id/283023].
MK_359_2016 = Regulation(
    number=359,
    adopted=date(2016, 6, 7),
    title=(
        'Darbības programmas "Izaugsme un nodarbinātība" 8.3.5. specifiskā atbalsta mērķa "Uzlabot pieeju '
        'karjeras atbalstam izglītojamajiem vispārējās un profesionālās izglītības iestādēs" īstenošanas noteikumi'
    ),
)
# MK_460_2016, governing measure 8.3.4 of [004], comes from karjera_core.programmes.pumpurs.


# ---------------------------------------------------------------- ESF 8.3.5 career support
# To be defined in karjera_core.programmes.career_support (issue #10) and re-exported here.

#: ESF project 8.3.5.0/16/I/001 "Karjeras atbalsts vispārējās un profesionālās izglītības iestādēs".
#:
#: * Period as first approved: "2016.gada 4.ceturksnis - 2020.gada decembris"
#:   [000] = 2016-10-01 .. 2020-12-31 (T-5).
#: * Roles: VIAA submitter [000] and implementer, VISC cooperation partner
#:   [pub: VIAA 2017-09-19, "Projektu ... īsteno Valsts izglītības attīstības
#:   aģentūra sadarbībā ar Valsts izglītības satura centru"]; municipalities are
#:   cooperation partners [000], [001], [002].
#: * Budget [pub: IZM via refernet.nki-latvija.lv/?p=2257, 2016-06-27]: EUR
#:   23,080,688 = ESF 19,618,584 + state budget 3,462,104 (the "23 M = 19.62 M
#:   + 3.46 M" of VIAA's 2017 page, whose rounded parts sum to 23.08 M).
#:   Assumed: the measure's planned total is the project's, since VIAA calls
#:   the 23 M "projektā kopumā pieejams finansējums" and the limited call had
#:   this one project.  Municipal co-financing 0: "Jelgavas pilsētas
#:   pašvaldības līdzfinansējums projektā nav nepieciešams" [000].
#: * Amendments: the date and legal basis of the extensions are NOT FOUND
#:   (SOURCES §1).  Recorded: (1) announced 2020-12-31, end 2022-12-31 -- an
#:   inference: the project's reach peaked in school year 2020/21 (C-10:
#:   385 consultants, about 75,000 learners in 333 schools) and municipalities
#:   were funded again from 2021-09-01 (Mārupe's agreement of 2021-10-01), so
#:   the extension was in force without a break; the original end, 2020-12-31,
#:   is therefore the latest day it can have been announced.  The end year 2022
#:   is from [001] ("2017.-2022.") and esfondi ("2016-2022"), 31 December
#:   assumed.  (2) announced 2022-12-01, end 2023-05-31 -- VIAA: "projekts
#:   noslēdzas 2023. gada maijā", the month's last day assumed (T-5).
CAREER_SUPPORT_835 = Project(
    number=ProjectNumber.parse("8.3.5.0/16/I/001"),
    title="Karjeras atbalsts vispārējās un profesionālās izglītības iestādēs",
    programming_period=ESF_2014_2020,
    period=parse_lv_period("2016.gada 4.ceturksnis - 2020.gada decembris"),
    roles=(
        ProjectRole(organisation=VIAA, role=Role.SUBMITTER),
        ProjectRole(organisation=VIAA, role=Role.IMPLEMENTER),
        ProjectRole(organisation=VISC, role=Role.COOPERATION_PARTNER),
        ProjectRole(organisation=JELGAVA_CITY, role=Role.COOPERATION_PARTNER),
        ProjectRole(organisation=DAUGAVPILS, role=Role.COOPERATION_PARTNER),
        ProjectRole(organisation=JELGAVA_NOVADS_EDUCATION_BOARD, role=Role.COOPERATION_PARTNER),
    ),
    regulation=MK_359_2016,
    specific_objective=(
        "Uzlabot pieeju karjeras atbalstam izglītojamajiem vispārējās un profesionālās izglītības iestādēs"
    ),
    target_groups=(
        "valsts un pašvaldību dibinātās vispārējās, tai skaitā speciālās, un profesionālās izglītības iestādes, "
        "un to izglītojamie",
    ),
    activities=(
        "Pašvaldības karjeras attīstības atbalsta plāna izstrāde atbilstoši VIAA izstrādātajam struktūras paraugam",
        "Izglītības iestāžu (izmēģinājumskolu) iesaiste projektā",
        "Pedagogu karjeras konsultantu iesaiste izmēģinājumskolās",
        "Pedagogu karjeras konsultantu un karjeras atbalsta īstenošanā iesaistīto speciālistu dalība VIAA "
        "organizētajā papildizglītībā par karjeras atbalsta pasākumu īstenošanas jautājumiem",
    ),
    budget=Budget(
        total=Money(23_080_688),
        parts=(
            BudgetLine(source=FundingSource.EU_FUND, amount=Money(19_618_584)),
            BudgetLine(source=FundingSource.STATE_BUDGET, amount=Money(3_462_104)),
            BudgetLine(source=FundingSource.MUNICIPAL, amount=Money(0)),
        ),
    ),
    amendments=(
        Amendment(
            announced=date(2020, 12, 31),
            end=date(2022, 12, 31),
            source=(
                "Inferred: the project ran without a break through 2020/21 (VIAA/esfondi.lv: about 75,000 learners in "
                "333 schools in 2020/21) and into 2021/22 (Mārupes novada pašvaldība, "
                "https://www.marupe.lv/index.php/lv/izglitiba/projekti/karjeras-izglitiba: agreement with VIAA of "
                '2021-10-01, funding "no 2021.gada 1.septembra līdz 2022.gada 31.maijam"), so the extension was known '
                'by the original end; end year from [001] "2017.-2022." and esfondi.lv "2016-2022"; 31 December assumed'
            ),
        ),
        Amendment(
            announced=date(2022, 12, 1),
            end=date(2023, 5, 31),
            source=(
                "VIAA, 2022-12-01, https://www.viaa.gov.lv/lv/jaunums/es-fondu-projekta-teju-400-izglitibas-iestades-"
                'pilnveidots-karjeras-atbalsts: "karjeras atbalsta projekts noslēdzas 2023. gada maijā"; the month\'s '
                "last day assumed (T-5)"
            ),
        ),
    ),
)


# ---------------------------------------------------------------- ESF 8.3.4 PuMPuRS
# To be defined in karjera_core.programmes.pumpurs (issue #10), with JELGAVA_NOVADS and MK_460_2016,
# and re-exported here.

# PUMPURS_834 (ESF project 8.3.4.0/16/I/001, with its amendment to 2023-12-31) is defined by its programme,
# karjera_core.programmes.pumpurs, and re-exported here.


# ---------------------------------------------------------------- Erasmus+ "S.O.S. karjera panākumiem"
# SOS_CAREER_PARTNERSHIP [001] and its seven organisations are defined by karjera_core.programmes.erasmus.examples
# and re-exported here.
