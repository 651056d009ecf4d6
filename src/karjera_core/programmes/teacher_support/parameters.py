"""The parameters of the ESF+ project 4.2.2.3/1/24/I/001 [003]: the project, its period and its eleven results.

Every value here is read from the seed [003] (or, where marked [pub], from
the public source named beside it):

* :data:`TEACHER_SUPPORT_2024` -- the project itself (F-1 ... F-3, M-2), with
  its initiator :data:`VALMIERA_NOVADS_EDUCATION_BOARD` and its governing
  regulation :data:`MK_358_2024`; :mod:`karjera_core.reference` re-exports them;
* :data:`PROJECT_NUMBER`, :data:`PROJECT_PERIOD` -- its number (F-2) and its
  implementation period, "2024.gada 1.oktobris - 2029.gada 31.decembris";
* :data:`CODES` -- the indicator code of each result, 1-11 (I-5);
* :data:`DEADLINES` -- the day each result is due by; items 4, 10 and 11 have none (I-1);
* :data:`ITEM_COMPONENTS` -- what must be delivered for each milestone (items 3, 5-9);
* :data:`TITLES` -- each result's title, in the seed's Latvian and in English.

>>> PROJECT_NUMBER, str(PROJECT_PERIOD)
('4.2.2.3/1/24/I/001', '2024-10-01..2029-12-31')
>>> CODES[1], DEADLINES[9], 4 in DEADLINES
('4.2.2.3-R1', datetime.date(2026, 12, 31), False)
>>> ITEM_COMPONENTS[8]
('latviešu valoda/pamatskola', 'latviešu valoda/vidusskola')
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

from karjera_core.funding import ESF_PLUS_2021_2027, Budget, BudgetLine, FundingSource, ProjectNumber, Regulation
from karjera_core.money import Money
from karjera_core.notation import parse_lv_period
from karjera_core.organisations import VISC, Organisation, OrganisationKind
from karjera_core.projects import Project, ProjectRole, Role
from karjera_core.time import DateRange

__all__ = [
    "CODES",
    "DEADLINES",
    "ITEM_COMPONENTS",
    "MATERIAL_COMPONENTS",
    "MK_358_2024",
    "PROJECT_NUMBER",
    "PROJECT_PERIOD",
    "TEACHER_SUPPORT_2024",
    "TITLES",
    "VALMIERA_NOVADS_EDUCATION_BOARD",
]


def __dir__() -> list[str]:
    return sorted(__all__)


# ---------------------------------------------------------------- the project (F-1 ... F-3, M-2)

#: Valmiera novads education board, initiator of the project [003] ("Ierosinātāja nosaukums").
VALMIERA_NOVADS_EDUCATION_BOARD = Organisation(
    name="Valmieras novada Izglītības pārvalde", kind=OrganisationKind.EDUCATION_BOARD, country="LV"
)

#: MK No. 358 of 2024-06-11, implementing rules of measure 4.2.2.3 [pub: the
#: annotation of draft 25-TA-542, tapportals.mk.gov.lv]; [003] cites it as
#: "MK noteikumi Nr.358".  Its full title is not in the stored sources, so it is left out.
MK_358_2024 = Regulation(number=358, adopted=date(2024, 6, 11))

#: ESF+ project "Pedagogu profesionālā atbalsta sistēmas izveide" [003].
#:
#: Number 4.2.2.3/1/24/I/001 as the brief gives it (F-2, [pub: the project's
#: published materials]; SOURCES §3 did not find it).  Submitter VISC,
#: initiator Valmieras novada Izglītības pārvalde, "2024.gada 1.oktobris -
#: 2029.gada 31.decembris", total EUR 49,731,514 with external and municipal
#: co-financing EUR 0; the EU / state split is not given, so the budget is
#: incomplete (M-2).  Target groups and activities are [003]'s, in its words.
TEACHER_SUPPORT_2024 = Project(
    number=ProjectNumber.parse("4.2.2.3/1/24/I/001"),
    title="Pedagogu profesionālā atbalsta sistēmas izveide",
    programming_period=ESF_PLUS_2021_2027,
    period=parse_lv_period("2024.gada 1.oktobris - 2029.gada 31.decembris"),
    roles=(
        ProjectRole(organisation=VISC, role=Role.SUBMITTER),
        ProjectRole(organisation=VALMIERA_NOVADS_EDUCATION_BOARD, role=Role.INITIATOR),
    ),
    regulation=MK_358_2024,
    specific_objective=(
        "Mācību procesa kvalitātes pilnveide, īstenojot pedagogu profesionālās darbības atbalsta sistēmas attīstību, "
        "izglītojamo izcilības aktivitāšu nodrošināšanu un metodiskā atbalsta materiālu izstrādi pedagogam"
    ),
    target_groups=(
        "Pašvaldības un valsts pārvaldes iestādes, kas atbildīgas par pedagogu profesionālās kompetences pilnveides "
        "koordinēšanu un īstenošanu, izglītības satura īstenošanu un pārraudzību, latviešu valodas apguves atbalsta "
        "nodrošināšanu, vispārējās un profesionālās izglītības kvalitātes novērtēšanu, kultūras un radošās "
        "industrijas izglītības politikas īstenošanu",
        "Izglītības iestādes, kuras īsteno vispārējās izglītības programmas pirmsskolas, pamata vai vidējās "
        "izglītības pakāpē; izglītības iestādes, kuras īsteno profesionālās izglītības programmas pamata vai vidējās "
        "izglītības pakāpē; izglītības iestādes, kuras īsteno profesionālās ievirzes izglītības programmas pamata vai "
        "vidējās izglītības pakāpē vai interešu izglītības programmas",
        "Izglītības iestāžu pedagogi, izglītības iestāžu vadības komandas (izglītības iestāžu vadītāji, direktori, to "
        "vietnieki) un citas izglītības programmu īstenošanā un ieviešanā iesaistītās personas, tai skaitā "
        "mācīšanās konsultanti, mentori un metodiķi, interešu izglītības un profesionālās ievirzes izglītības "
        "pedagogi, atbalsta personāls, darba vidē balstītu mācību īstenošanā uzņēmumos, nozares eksperti, kuri "
        "iesaistīti profesionālās izglītības satura attīstīšanā un vērtēšanā, pašvaldību izglītības speciālisti un "
        "profesionālā atbalsta īstenošanā iesaistītie speciālisti",
        "Izglītojamie",
    ),
    activities=(
        "Profesionālā atbalsta nodrošināšana visās mācību jomās vai mācību priekšmetos un izglītības darba "
        "īstenošanas aspektos vispārējā izglītībā pašvaldību līmenī, stiprinot profesionālā atbalsta īstenošanas "
        "praksi pašvaldībās un sadarbību ar profesionālās izglītības iestādēm vispārējās izglītības mācību satura "
        "īstenošanā",
        "Vietēja un starptautiska mēroga profesionālā atbalsta nodrošināšana izglītības iestāžu līmenī, tai skaitā "
        "mērķēts profesionālais atbalsts MK noteikumos Nr.358 minētajām profesionālās izglītības iestādēm "
        "profesionālās izglītības mācību satura īstenošanai metodiskās virsvadības nozarē, profesionālās izglītības "
        "mācību satura sasaistē ar vispārējās izglītības mācību saturu, kā arī mācības MK noteikumu Nr.358 minētajai "
        "mērķa grupai",
        "Izglītojamo izcilības veicināšana vispārizglītojošos mācību priekšmetos pašvaldības, reģionālā, nacionālā "
        "un starptautiskā līmenī",
        "3.1. izglītojoši sadarbības un tīklošanās pasākumi izglītojamo talantu attīstībai, tai skaitā praktiskas "
        "ievirzes pasākumi izglītojamo talantu un zināšanu pilnveidošanai, nometnes un nodarbības valsts mācību "
        "priekšmetu olimpiāžu un zinātniskās pētniecības darbu konferences laureātiem zināšanu padziļināšanai un "
        "pilnveidošanai",
        "3.2. reģionālo, valsts un starptautisko zinātnes pasākumu un novada, valstspilsētas vai novadu apvienības, "
        "valsts un starptautiska līmeņa mācību priekšmetu olimpiāžu un zinātniskās pētniecības darbu konferenču "
        "organizēšana Latvijā",
        "3.3. izglītojamo dalības nodrošināšana starptautiskajās zinātnes izstādēs, konkursos, jauno zinātnieku "
        "skolās, mācību priekšmetu olimpiādēs, tai skaitā atlases organizēšana un izglītojamo sagatavošana",
    ),
    budget=Budget(
        total=Money(49_731_514),
        parts=(
            BudgetLine(source=FundingSource.EXTERNAL, amount=Money(0)),
            BudgetLine(source=FundingSource.MUNICIPAL, amount=Money(0)),
        ),
        complete=False,
    ),
)

#: The project's number (F-2), as the indicators of its catalogue name it.
PROJECT_NUMBER = str(TEACHER_SUPPORT_2024.number)
#: The project's implementation period [003]: 2024-10-01 ... 2029-12-31.  Only facts in it count.
PROJECT_PERIOD: DateRange = TEACHER_SUPPORT_2024.period


# ---------------------------------------------------------------- the eleven results (I-5)

#: The indicator code of each result, 1-11, in the seed's order.
CODES: Mapping[int, str] = MappingProxyType({item: f"4.2.2.3-R{item}" for item in range(1, 12)})

#: The day each result is due by, "Līdz ..." in [003]; items 4, 10 and 11 have no deadline (I-1).
DEADLINES: Mapping[int, date] = MappingProxyType(
    {
        1: date(2025, 8, 31),
        2: date(2025, 8, 31),
        3: date(2025, 8, 31),
        5: date(2025, 8, 31),
        6: date(2026, 3, 31),
        7: date(2026, 6, 30),
        8: date(2026, 8, 31),
        9: date(2026, 12, 31),
    }
)

#: What must be delivered for each milestone (items 3, 5-9), as the subjects of its facts:
#: item 3 the two groups whose training must start, items 5-9 each subject area and school level.
ITEM_COMPONENTS: Mapping[int, tuple[str, ...]] = MappingProxyType(
    {
        3: ("metodiķi", "didaktiķi"),
        5: (
            "fizika/vidusskola",
            "ķīmija/vidusskola",
            "bioloģija/vidusskola",
            "ģeogrāfija/vidusskola",
            "inženierzinības/pamatskola",
        ),
        6: ("matemātika/pamatskola", "matemātika/vidusskola", "programmēšana/vidusskola"),
        7: ("fizika/pamatskola", "ķīmija/pamatskola", "bioloģija/pamatskola", "datorika/pamatskola"),
        8: ("latviešu valoda/pamatskola", "latviešu valoda/vidusskola"),
        9: ("vēsture/vidusskola", "sociālās zinātnes/vidusskola"),
    }
)

#: Each material component of items 5-9 and the item that names it (each is named by exactly one).
MATERIAL_COMPONENTS: Mapping[str, int] = MappingProxyType(
    {component: item for item in (5, 6, 7, 8, 9) for component in ITEM_COMPONENTS[item]}
)

#: Each result's title: the seed's Latvian words and an English rendering.
TITLES: Mapping[int, tuple[str, str]] = MappingProxyType(
    {
        1: (
            "Līdz 2025.gada 31.augustam uzsāktas mācības izglītības speciālistiem vismaz 90 procentos pašvaldību "
            "(īpatsvars no pašvaldību kopskaita)",
            "By 2025-08-31, training started for education specialists in at least 90 % of municipalities",
        ),
        2: (
            "Līdz 2025.gada 31.augustam uzsāktas mācības izglītības iestāžu vadības komandu pārstāvjiem vismaz "
            "20 procentos izglītības iestāžu (īpatsvars no izglītības iestāžu kopskaita)",
            "By 2025-08-31, training started for management-team members in at least 20 % of education institutions",
        ),
        3: (
            "Līdz 2025.gada 31.augustam uzsāktas mācības metodiķu un didaktiķu sagatavošanai",
            "By 2025-08-31, training started to prepare methodologists and didacticians",
        ),
        4: (
            "Izstrādāto vai adaptēto metodiskā atbalsta materiālu skaits",
            "Number of methodological support materials developed or adapted",
        ),
        5: (
            "Līdz 2025.gada 31.augustam izstrādāti metodiskā atbalsta materiāli dabaszinātņu (fizika, ķīmija, "
            "bioloģija, ģeogrāfija) apguvei vidusskolā un inženierzinību apguvei pamatskolā",
            "By 2025-08-31, materials for natural sciences in secondary school and engineering in basic school",
        ),
        6: (
            "Līdz 2026.gada 31.martam izstrādāti metodiskā atbalsta materiāli matemātikas apguvei pamatskolā un "
            "vidusskolā un programmēšanas apguvei vidusskolā",
            "By 2026-03-31, materials for mathematics in basic and secondary school and programming in secondary "
            "school",
        ),
        7: (
            "Līdz 2026.gada 30.jūnijam izstrādāti metodiskā atbalsta materiāli fizikas, ķīmijas un bioloģijas apguvei "
            "pamatskolā un datorikas apguvei pamatskolā",
            "By 2026-06-30, materials for physics, chemistry and biology and for computing in basic school",
        ),
        8: (
            "Līdz 2026.gada 31.augustam izstrādāti metodiskā atbalsta materiāli latviešu valodas apguvei pamatskolā "
            "un vidusskolā",
            "By 2026-08-31, materials for Latvian language in basic and secondary school",
        ),
        9: (
            "Līdz 2026.gada 31.decembrim izstrādāti metodiskā atbalsta materiāli vēstures un sociālo zinātņu apguvei "
            "vidusskolā",
            "By 2026-12-31, materials for history and social sciences in secondary school",
        ),
        10: (
            "Regulāru (vismaz vienu reizi gadā) profesionālo atbalstu saņēmušo izglītības iestāžu īpatsvars to "
            "kopskaitā",
            "Share of education institutions that received regular professional support (at least once a year)",
        ),
        11: (
            "Izglītības iestāžu skaits, kuras pēc profesionālā atbalsta saņemšanas demonstrē pozitīvu izglītības "
            "iestādes snieguma dinamiku",
            "Number of education institutions showing positive performance dynamics after receiving professional "
            "support",
        ),
    }
)
