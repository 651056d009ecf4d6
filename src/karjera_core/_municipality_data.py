"""The shipped reference data on Latvian municipalities (rule O-2), with the source of every set and date.

Plain data only: :mod:`karjera_core.organisations` turns each row into a
:class:`~karjera_core.organisations.Municipality` and answers
``municipalities_on(on=day)`` from them.  A row is ``(name, kind, start, end)``:
the official Latvian name, the kind's value (``"republic_city"``,
``"state_city"`` or ``"novads"``), and the first and last day (``None`` =
still in force) the data vouch for it.

The sets and dates, and what they rest on (see also ``SOURCES.md`` §6):

* **2011-01-03 ... 2021-06-30: 119 municipalities** -- 9 republic cities
  (:data:`REPUBLIC_CITIES`) and 110 novadi (:data:`NOVADI_2011`).  Count and
  split: the CSP classifier of administrative territories (ATVK),
  https://www.csp.gov.lv/lv/klasifikacija/atvk ("9 republikas pilsētas un 110
  novadi"); names as in the annex of the Administratīvo teritoriju un
  apdzīvoto vietu likums of 2008 (https://likumi.lv/ta/id/185993).
* **Why the data start on 2011-01-03** (:data:`DATA_START`): the 110th
  novads, Mērsraga novads, was split from Rojas novads by the law "Par Rojas
  novada sadalīšanu un jaunizveidoto novadu darbības uzsākšanu"
  (https://likumi.lv/ta/id/218075): both new councils were elected on
  2010-12-18 and met first "not earlier than 3 January 2011"; until then the
  Rojas novads council of 2009 governed both territories (tvnet.lv report of
  the law's adoption, https://www.tvnet.lv/5032799/pienem-likumu-par-rojas-un-mersraga-atdalisanos;
  the municipality's own history: "officially came into life on 3 January
  2011").  Before that day Latvia had 118 municipalities; the shipped data do
  not cover that period rather than guess its exact boundaries, and a table of
  one's own can be passed to ``municipalities_on(..., table=...)``.
  Design choice: ``start`` of a pre-2021 municipality is the first day the
  data vouch for, not its founding date (most were founded on 2009-07-01;
  some earlier), which the data do not record.
* **2021-07-01 onward: 43 municipalities** -- 7 state cities
  (:data:`STATE_CITIES`) and 36 novadi (:data:`NOVADI_2021`), under the
  Administratīvo teritoriju un apdzīvoto vietu likums of 2020-06-10; CSP,
  https://www.csp.gov.lv/lv/klasifikacija/administrativo-teritoriju-un-teritoriala-iedalijuma-vienibu-klasifikators
  ("7 valstspilsētu pašvaldības un 36 novadi"); https://ropazi.lv/lv/novads/administrativi-teritoriala-reforma/ ;
  jauns.lv, 2021-07-01: "ar šodienu darbojas 43 pašvaldības".  Every
  municipality after the reform is a new object, even when its name and kind
  did not change: it governs a different territory.  Varakļānu novads stayed
  separate after the Constitutional Court judgment of 2021-05-28.
* **2025-07-01: 42 municipalities** -- Varakļānu novads ends on 2025-06-30
  and its territory joins Madonas novads (amendments to the same law adopted
  2024-06-13, https://eng.lsm.lv/article/politics/politics/14.06.2024-varaklani-madona-municipalities-merge.a557998 ;
  Madona municipality: "Sākot ar 2025. gada 1. jūliju Madonas novada
  administratīvajā teritorijā ietilpst ... Varakļānu apvienība",
  https://madona.lv/lat/pagastu-un-apvienibu-parvaldes1).  By the same rule
  as in 2021, Madonas novads before and after the merger are two objects.
* **Vintage** (:data:`DATA_CONFIRMED_UNTIL`): 2026-11-23, the date of the
  research notes the data were checked against.  No change after 2025-07-01
  was found up to then; a later day is refused rather than guessed.
* **ATVK codes** are not shipped (``None``): no source at hand confirmed the
  individual codes.
"""

from __future__ import annotations

from datetime import date

#: The first day the shipped data cover: Mērsraga novads begins work (see the module docstring).
DATA_START = date(2011, 1, 3)
#: The first day of the 2021 administrative-territorial reform.
REFORM_2021 = date(2021, 7, 1)
#: The last day before the reform.
LAST_DAY_BEFORE_REFORM = date(2021, 6, 30)
#: The first day of Madonas novads with Varakļāni in it.
VARAKLANI_MERGED = date(2025, 7, 1)
#: The last day of Varakļānu novads (and of Madonas novads without it).
LAST_DAY_OF_VARAKLANI = date(2025, 6, 30)
#: The vintage of the shipped data: a later day is refused, never guessed.
DATA_CONFIRMED_UNTIL = date(2026, 11, 23)

REPUBLIC_CITIES: tuple[str, ...] = (
    "Daugavpils",
    "Jelgava",
    "Jēkabpils",
    "Jūrmala",
    "Liepāja",
    "Rēzekne",
    "Rīga",
    "Valmiera",
    "Ventspils",
)

NOVADI_2011: tuple[str, ...] = tuple(
    f"{stem} novads"
    for stem in (
        "Aglonas",
        "Aizkraukles",
        "Aizputes",
        "Aknīstes",
        "Alojas",
        "Alsungas",
        "Alūksnes",
        "Amatas",
        "Apes",
        "Auces",
        "Ādažu",
        "Babītes",
        "Baldones",
        "Baltinavas",
        "Balvu",
        "Bauskas",
        "Beverīnas",
        "Brocēnu",
        "Burtnieku",
        "Carnikavas",
        "Cesvaines",
        "Cēsu",
        "Ciblas",
        "Dagdas",
        "Daugavpils",
        "Dobeles",
        "Dundagas",
        "Durbes",
        "Engures",
        "Ērgļu",
        "Garkalnes",
        "Grobiņas",
        "Gulbenes",
        "Iecavas",
        "Ikšķiles",
        "Ilūkstes",
        "Inčukalna",
        "Jaunjelgavas",
        "Jaunpiebalgas",
        "Jaunpils",
        "Jelgavas",
        "Jēkabpils",
        "Kandavas",
        "Kārsavas",
        "Kocēnu",
        "Kokneses",
        "Krāslavas",
        "Krimuldas",
        "Krustpils",
        "Kuldīgas",
        "Ķeguma",
        "Ķekavas",
        "Lielvārdes",
        "Limbažu",
        "Līgatnes",
        "Līvānu",
        "Lubānas",
        "Ludzas",
        "Madonas",
        "Mazsalacas",
        "Mālpils",
        "Mārupes",
        "Mērsraga",
        "Naukšēnu",
        "Neretas",
        "Nīcas",
        "Ogres",
        "Olaines",
        "Ozolnieku",
        "Pārgaujas",
        "Pāvilostas",
        "Pļaviņu",
        "Preiļu",
        "Priekules",
        "Priekuļu",
        "Raunas",
        "Rēzeknes",
        "Riebiņu",
        "Rojas",
        "Ropažu",
        "Rucavas",
        "Rugāju",
        "Rundāles",
        "Rūjienas",
        "Salacgrīvas",
        "Salas",
        "Salaspils",
        "Saldus",
        "Saulkrastu",
        "Sējas",
        "Siguldas",
        "Skrīveru",
        "Skrundas",
        "Smiltenes",
        "Stopiņu",
        "Strenču",
        "Talsu",
        "Tērvetes",
        "Tukuma",
        "Vaiņodes",
        "Valkas",
        "Varakļānu",
        "Vārkavas",
        "Vecpiebalgas",
        "Vecumnieku",
        "Ventspils",
        "Viesītes",
        "Viļakas",
        "Viļānu",
        "Zilupes",
    )
)

STATE_CITIES: tuple[str, ...] = (
    "Daugavpils",
    "Jelgava",
    "Jūrmala",
    "Liepāja",
    "Rēzekne",
    "Rīga",
    "Ventspils",
)

NOVADI_2021: tuple[str, ...] = tuple(
    f"{stem} novads"
    for stem in (
        "Aizkraukles",
        "Alūksnes",
        "Augšdaugavas",
        "Ādažu",
        "Balvu",
        "Bauskas",
        "Cēsu",
        "Dienvidkurzemes",
        "Dobeles",
        "Gulbenes",
        "Jelgavas",
        "Jēkabpils",
        "Krāslavas",
        "Kuldīgas",
        "Ķekavas",
        "Limbažu",
        "Līvānu",
        "Ludzas",
        "Madonas",
        "Mārupes",
        "Ogres",
        "Olaines",
        "Preiļu",
        "Rēzeknes",
        "Ropažu",
        "Salaspils",
        "Saldus",
        "Saulkrastu",
        "Siguldas",
        "Smiltenes",
        "Talsu",
        "Tukuma",
        "Valkas",
        "Valmieras",
        "Varakļānu",
        "Ventspils",
    )
)

#: Novadi of 2021 whose territory ends on 2025-06-30 (Madonas novads goes on as a new object from 2025-07-01).
ENDED_2025_06_30: frozenset[str] = frozenset({"Varakļānu novads", "Madonas novads"})
#: Novadi that begin on 2025-07-01.
BEGUN_2025_07_01: tuple[str, ...] = ("Madonas novads",)

Row = tuple[str, str, date, date | None]


def _rows() -> tuple[Row, ...]:
    rows: list[Row] = []
    rows += [(name, "republic_city", DATA_START, LAST_DAY_BEFORE_REFORM) for name in REPUBLIC_CITIES]
    rows += [(name, "novads", DATA_START, LAST_DAY_BEFORE_REFORM) for name in NOVADI_2011]
    rows += [(name, "state_city", REFORM_2021, None) for name in STATE_CITIES]
    rows += [
        (name, "novads", REFORM_2021, LAST_DAY_OF_VARAKLANI if name in ENDED_2025_06_30 else None)
        for name in NOVADI_2021
    ]
    rows += [(name, "novads", VARAKLANI_MERGED, None) for name in BEGUN_2025_07_01]
    return tuple(rows)


#: Every shipped municipality as ``(name, kind, start, end)``.
ROWS: tuple[Row, ...] = _rows()
