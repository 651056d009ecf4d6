"""The shipped reference data on Latvian municipalities (rule O-2), with the source of every set, date and code.

Plain data only: :mod:`karjera_core.organisations` turns each row into a
:class:`~karjera_core.organisations.Municipality`.  A row is
``(name, kind, start, end, atvk, iso_code)``: the official Latvian name, the
kind's value (``"republic_city"``, ``"state_city"`` or ``"novads"``), the
first and last day (``None`` = still in force) the data vouch for it, its
ATVK code and its ISO 3166-2:LV code.  The succession of 2021 and 2025 is in
``karjera_core._succession_data``.

The sets and dates, and what they rest on (see also ``SOURCES.md`` §6):

* **2011-01-03 ... 2021-06-30: 119 municipalities** -- 9 republic cities and
  110 novadi (:data:`MUNICIPALITIES_2011`).  Count and split: the CSP
  classifier of administrative territories (ATVK),
  https://www.csp.gov.lv/lv/klasifikacija/atvk ("9 republikas pilsētas un 110
  novadi"); names as in the annex of the Administratīvo teritoriju un
  apdzīvoto vietu likums of 2008 (https://likumi.lv/ta/id/185993).
* **Why the data start on 2011-01-03** (:data:`DATA_START`): the 110th
  novads, Mērsraga novads, was split from Rojas novads by the law "Par Rojas
  novada sadalīšanu un jaunizveidoto novadu darbības uzsākšanu"
  (https://likumi.lv/ta/id/218075): both new councils were elected on
  2010-12-18 and met first "not earlier than 3 January 2011"; until then the
  Rojas novads council of 2009 governed both territories (tvnet.lv report of
  the law's adoption, https://www.tvnet.lv/5032799/pienem-likumu-par-rojas-un-mersraga-atdalisanos).
  Before that day Latvia had 118 municipalities; the shipped data do not
  cover that period rather than guess its exact boundaries.  Design choice:
  ``start`` of a pre-2021 municipality is the first day the data vouch for,
  not its founding date (most were founded on 2009-07-01).
* **2021-07-01 onward: 43 municipalities** -- 7 state cities and 36 novadi
  (:data:`MUNICIPALITIES_2021`), under the Administratīvo teritoriju un
  apdzīvoto vietu likums of 2020-06-10 (https://likumi.lv/ta/id/315654); CSP,
  https://www.csp.gov.lv/lv/klasifikacija/administrativo-teritoriju-un-teritoriala-iedalijuma-vienibu-klasifikators
  ("7 valstspilsētu pašvaldības un 36 novadi").  Every municipality after the
  reform is a new object, even when its name and kind did not change: it
  governs a different territory.  Varakļānu novads stayed separate after the
  Constitutional Court judgment of 2021-05-28.
* **2025-07-01: 42 municipalities** -- Varakļānu novads ends on 2025-06-30
  and its territory joins Madonas novads (amendments to the same law adopted
  2024-06-13, https://eng.lsm.lv/article/politics/politics/14.06.2024-varaklani-madona-municipalities-merge.a557998 ;
  Madona municipality: "Sākot ar 2025. gada 1. jūliju Madonas novada
  administratīvajā teritorijā ietilpst ... Varakļānu apvienība",
  https://madona.lv/lat/pagastu-un-apvienibu-parvaldes1).  By the same rule
  as in 2021, Madonas novads before and after the merger are two objects.
* **Vintage** (:data:`DATA_VINTAGE`): 2026-11-23, the date of the research
  notes the data were checked against.  No change after 2025-07-01 was found
  up to then.  It is information, not a limit: a later day is answered from
  the data as known (the 42 stay in force until a change is shipped).

The codes, and what they rest on:

* **ISO 3166-2:LV** (``iso_code``).  The 119: ``LV-001`` ... ``LV-110`` for
  the novadi (in alphabetical order, but LV-085 Salas before LV-086
  Salacgrīvas) and ``LV-DGV``, ``LV-JEL``, ``LV-JKB``,
  ``LV-JUR``, ``LV-LPX``, ``LV-REZ``, ``LV-RIX``, ``LV-VEN``, ``LV-VMR`` for
  the republic cities -- Debian iso-codes 4.5.0 as shipped by pycountry
  (https://github.com/pycountry/pycountry, ``src/pycountry/databases/iso3166-2.json``
  at commit a75c6b39, 2020-07-02), checked against
  https://github.com/DisruptiveLabs/isocountrydata (``src/subdivisions/LV.ts``)
  and the earlier list on https://en.wikipedia.org/wiki/ISO_3166-2:LV (a
  mirror: https://ewikibg.top/wiki/ISO_3166-2:LV).  The 43: ISO 3166/MA
  newsletter of 2021-11-25 on the Online Browsing Platform
  (https://www.iso.org/obp/ui/#iso:code:3166:LV) -- LV-JKB, LV-VMR and 77
  novadi deleted, LV-111 Augšdaugavas, LV-112 Dienvidkurzemes, LV-113
  Valmieras novads added, the other 33 novadi keeping the code of the old
  novads of the same name, the 7 cities keeping theirs as state cities; as
  recorded by https://github.com/amckenna41/iso3166-2
  (``iso3166_2/iso3166-2.json``, 2026-02 data, with the newsletter's text) and
  by pycountry (iso-codes 4.16.0, 2024-04-07); the two agree on all 43, and
  https://en.wikipedia.org/wiki/ISO_3166-2:LV lists the same.  Jēkabpils
  became part of Jēkabpils novads (``LV-042``): ``LV-JKB`` is deleted.  No ISO
  change for the 2025 merger was published by 2026-02 (LV-102 Varakļānu is
  still listed): Madonas novads keeps ``LV-059`` after 2025-07-01.  The code
  is the one ISO assigned to the municipality, although the three new codes
  were published only on 2021-11-25.
* **ATVK of 2010** (``atvk`` of the 119): the 7-digit codes of the CSP
  classifier in force until 2021-06-30 (https://www.csp.gov.lv/lv/klasifikacija/atvk).
  The CSP's own list was not in the stored corpora; the codes are taken from
  a third-party copy, https://github.com/formuziek/mapio-crawler
  (``Mapio.Dto/Enums/AdministrativeCodes.cs``), and checked for structure
  only: every novads code starts with the 3-digit code of the former district
  (rajons) its parishes belonged to, as in the CSP decision of 2000
  (https://likumi.lv/ta/id/13454), and all 119 are distinct.  **Not confirmed
  against a CSP publication.**
* **ATVK 2021** (``atvk`` of the 43 and of Madonas novads of 2025): the
  classifier of MK Nr. 379 of 2021-06-15 (CSP page above): positions 3-4 are
  01-19 for state cities and 20-99 for novadi, the 7th counts modifications
  of the territory.  The CSP's own list was not in the stored corpora; the
  codes are taken from a third-party copy: a Streamlit application's
  "HARDCODED ATVK MAP" in the stored code index (file id 53794716856; the
  index does not name its repository), giving 42 of the 43 and Madonas novads
  of 2025 as ``0038001``, checked for structure only.  Madonas novads of 2021-2025 is ``0038000``:
  derived from the CSP rule (its code was modified once by the 2025 merger).
  **Varakļānu novads (2021-2025) has no ATVK code here (``None``)**: no source
  at hand gives it, and the numbering has gaps (``0050000`` and ``0055000``
  are both unaccounted for), so it is not guessed.  **None of the ATVK 2021
  codes is confirmed against a CSP publication.**
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
#: The vintage of the shipped data: the last day they were checked against their sources (information, not a limit).
DATA_VINTAGE = date(2026, 11, 23)

#: The 119 municipalities of 2011-01-03 ... 2021-06-30 as ``(name, kind, ATVK code, ISO 3166-2 code)``.
MUNICIPALITIES_2011: tuple[tuple[str, str, str, str], ...] = (
    ("Daugavpils", "republic_city", "0050000", "LV-DGV"),
    ("Jelgava", "republic_city", "0090000", "LV-JEL"),
    ("Jēkabpils", "republic_city", "0110000", "LV-JKB"),
    ("Jūrmala", "republic_city", "0130000", "LV-JUR"),
    ("Liepāja", "republic_city", "0170000", "LV-LPX"),
    ("Rēzekne", "republic_city", "0210000", "LV-REZ"),
    ("Rīga", "republic_city", "0010000", "LV-RIX"),
    ("Valmiera", "republic_city", "0250000", "LV-VMR"),
    ("Ventspils", "republic_city", "0270000", "LV-VEN"),
    ("Aglonas novads", "novads", "0604300", "LV-001"),
    ("Aizkraukles novads", "novads", "0320200", "LV-002"),
    ("Aizputes novads", "novads", "0640600", "LV-003"),
    ("Aknīstes novads", "novads", "0560800", "LV-004"),
    ("Alojas novads", "novads", "0661000", "LV-005"),
    ("Alsungas novads", "novads", "0624200", "LV-006"),
    ("Alūksnes novads", "novads", "0360200", "LV-007"),
    ("Amatas novads", "novads", "0424701", "LV-008"),
    ("Apes novads", "novads", "0360800", "LV-009"),
    ("Auces novads", "novads", "0460800", "LV-010"),
    ("Ādažu novads", "novads", "0804400", "LV-011"),
    ("Babītes novads", "novads", "0804900", "LV-012"),
    ("Baldones novads", "novads", "0800600", "LV-013"),
    ("Baltinavas novads", "novads", "0384400", "LV-014"),
    ("Balvu novads", "novads", "0380200", "LV-015"),
    ("Bauskas novads", "novads", "0400200", "LV-016"),
    ("Beverīnas novads", "novads", "0964700", "LV-017"),
    ("Brocēnu novads", "novads", "0840601", "LV-018"),
    ("Burtnieku novads", "novads", "0967101", "LV-019"),
    ("Carnikavas novads", "novads", "0805200", "LV-020"),
    ("Cesvaines novads", "novads", "0700800", "LV-021"),
    ("Cēsu novads", "novads", "0420200", "LV-022"),
    ("Ciblas novads", "novads", "0684901", "LV-023"),
    ("Dagdas novads", "novads", "0601000", "LV-024"),
    ("Daugavpils novads", "novads", "0440200", "LV-025"),
    ("Dobeles novads", "novads", "0460200", "LV-026"),
    ("Dundagas novads", "novads", "0885100", "LV-027"),
    ("Durbes novads", "novads", "0640801", "LV-028"),
    ("Engures novads", "novads", "0905100", "LV-029"),
    ("Ērgļu novads", "novads", "0705500", "LV-030"),
    ("Garkalnes novads", "novads", "0806000", "LV-031"),
    ("Grobiņas novads", "novads", "0641000", "LV-032"),
    ("Gulbenes novads", "novads", "0500200", "LV-033"),
    ("Iecavas novads", "novads", "0406400", "LV-034"),
    ("Ikšķiles novads", "novads", "0740600", "LV-035"),
    ("Ilūkstes novads", "novads", "0440801", "LV-036"),
    ("Inčukalna novads", "novads", "0801800", "LV-037"),
    ("Jaunjelgavas novads", "novads", "0321000", "LV-038"),
    ("Jaunpiebalgas novads", "novads", "0425700", "LV-039"),
    ("Jaunpils novads", "novads", "0905700", "LV-040"),
    ("Jelgavas novads", "novads", "0540200", "LV-041"),
    ("Jēkabpils novads", "novads", "0560200", "LV-042"),
    ("Kandavas novads", "novads", "0901201", "LV-043"),
    ("Kārsavas novads", "novads", "0681000", "LV-044"),
    ("Kocēnu novads", "novads", "0960200", "LV-045"),
    ("Kokneses novads", "novads", "0326100", "LV-046"),
    ("Krāslavas novads", "novads", "0600202", "LV-047"),
    ("Krimuldas novads", "novads", "0806900", "LV-048"),
    ("Krustpils novads", "novads", "0566900", "LV-049"),
    ("Kuldīgas novads", "novads", "0620200", "LV-050"),
    ("Ķeguma novads", "novads", "0741001", "LV-051"),
    ("Ķekavas novads", "novads", "0800800", "LV-052"),
    ("Lielvārdes novads", "novads", "0741401", "LV-053"),
    ("Limbažu novads", "novads", "0660200", "LV-054"),
    ("Līgatnes novads", "novads", "0421200", "LV-055"),
    ("Līvānu novads", "novads", "0761201", "LV-056"),
    ("Lubānas novads", "novads", "0701400", "LV-057"),
    ("Ludzas novads", "novads", "0680200", "LV-058"),
    ("Madonas novads", "novads", "0700200", "LV-059"),
    ("Mazsalacas novads", "novads", "0961000", "LV-060"),
    ("Mālpils novads", "novads", "0807400", "LV-061"),
    ("Mārupes novads", "novads", "0807600", "LV-062"),
    ("Mērsraga novads", "novads", "0887600", "LV-063"),
    ("Naukšēnu novads", "novads", "0967300", "LV-064"),
    ("Neretas novads", "novads", "0327100", "LV-065"),
    ("Nīcas novads", "novads", "0647900", "LV-066"),
    ("Ogres novads", "novads", "0740202", "LV-067"),
    ("Olaines novads", "novads", "0801000", "LV-068"),
    ("Ozolnieku novads", "novads", "0546701", "LV-069"),
    ("Pārgaujas novads", "novads", "0427500", "LV-070"),
    ("Pāvilostas novads", "novads", "0641401", "LV-071"),
    ("Pļaviņu novads", "novads", "0321400", "LV-072"),
    ("Preiļu novads", "novads", "0760202", "LV-073"),
    ("Priekules novads", "novads", "0641600", "LV-074"),
    ("Priekuļu novads", "novads", "0427300", "LV-075"),
    ("Raunas novads", "novads", "0427700", "LV-076"),
    ("Rēzeknes novads", "novads", "0780200", "LV-077"),
    ("Riebiņu novads", "novads", "0766300", "LV-078"),
    ("Rojas novads", "novads", "0888301", "LV-079"),
    ("Ropažu novads", "novads", "0808400", "LV-080"),
    ("Rucavas novads", "novads", "0648500", "LV-081"),
    ("Rugāju novads", "novads", "0387500", "LV-082"),
    ("Rundāles novads", "novads", "0407700", "LV-083"),
    ("Rūjienas novads", "novads", "0961600", "LV-084"),
    ("Salacgrīvas novads", "novads", "0661400", "LV-086"),
    ("Salas novads", "novads", "0568700", "LV-085"),
    ("Salaspils novads", "novads", "0801200", "LV-087"),
    ("Saldus novads", "novads", "0840200", "LV-088"),
    ("Saulkrastu novads", "novads", "0801400", "LV-089"),
    ("Sējas novads", "novads", "0809200", "LV-090"),
    ("Siguldas novads", "novads", "0801601", "LV-091"),
    ("Skrīveru novads", "novads", "0328200", "LV-092"),
    ("Skrundas novads", "novads", "0621200", "LV-093"),
    ("Smiltenes novads", "novads", "0941600", "LV-094"),
    ("Stopiņu novads", "novads", "0809600", "LV-095"),
    ("Strenču novads", "novads", "0941800", "LV-096"),
    ("Talsu novads", "novads", "0880200", "LV-097"),
    ("Tērvetes novads", "novads", "0468900", "LV-098"),
    ("Tukuma novads", "novads", "0900200", "LV-099"),
    ("Vaiņodes novads", "novads", "0649300", "LV-100"),
    ("Valkas novads", "novads", "0940200", "LV-101"),
    ("Varakļānu novads", "novads", "0701800", "LV-102"),
    ("Vārkavas novads", "novads", "0769101", "LV-103"),
    ("Vecpiebalgas novads", "novads", "0429300", "LV-104"),
    ("Vecumnieku novads", "novads", "0409500", "LV-105"),
    ("Ventspils novads", "novads", "0980200", "LV-106"),
    ("Viesītes novads", "novads", "0561800", "LV-107"),
    ("Viļakas novads", "novads", "0381600", "LV-108"),
    ("Viļānu novads", "novads", "0781800", "LV-109"),
    ("Zilupes novads", "novads", "0681801", "LV-110"),
)

#: The 43 municipalities of 2021-07-01 as ``(name, kind, ATVK code or None, ISO 3166-2 code)``.
MUNICIPALITIES_2021: tuple[tuple[str, str, str | None, str], ...] = (
    ("Daugavpils", "state_city", "0002000", "LV-DGV"),
    ("Jelgava", "state_city", "0003000", "LV-JEL"),
    ("Jūrmala", "state_city", "0004000", "LV-JUR"),
    ("Liepāja", "state_city", "0005000", "LV-LPX"),
    ("Rēzekne", "state_city", "0006000", "LV-REZ"),
    ("Rīga", "state_city", "0001000", "LV-RIX"),
    ("Ventspils", "state_city", "0007000", "LV-VEN"),
    ("Aizkraukles novads", "novads", "0020000", "LV-002"),
    ("Alūksnes novads", "novads", "0021000", "LV-007"),
    ("Augšdaugavas novads", "novads", "0022000", "LV-111"),
    ("Ādažu novads", "novads", "0023000", "LV-011"),
    ("Balvu novads", "novads", "0024000", "LV-015"),
    ("Bauskas novads", "novads", "0025000", "LV-016"),
    ("Cēsu novads", "novads", "0026000", "LV-022"),
    ("Dienvidkurzemes novads", "novads", "0027000", "LV-112"),
    ("Dobeles novads", "novads", "0028000", "LV-026"),
    ("Gulbenes novads", "novads", "0029000", "LV-033"),
    ("Jelgavas novads", "novads", "0030000", "LV-041"),
    ("Jēkabpils novads", "novads", "0031000", "LV-042"),
    ("Krāslavas novads", "novads", "0032000", "LV-047"),
    ("Kuldīgas novads", "novads", "0033000", "LV-050"),
    ("Ķekavas novads", "novads", "0034000", "LV-052"),
    ("Limbažu novads", "novads", "0035000", "LV-054"),
    ("Līvānu novads", "novads", "0036000", "LV-056"),
    ("Ludzas novads", "novads", "0037000", "LV-058"),
    ("Madonas novads", "novads", "0038000", "LV-059"),
    ("Mārupes novads", "novads", "0039000", "LV-062"),
    ("Ogres novads", "novads", "0040000", "LV-067"),
    ("Olaines novads", "novads", "0041000", "LV-068"),
    ("Preiļu novads", "novads", "0042000", "LV-073"),
    ("Rēzeknes novads", "novads", "0043000", "LV-077"),
    ("Ropažu novads", "novads", "0044000", "LV-080"),
    ("Salaspils novads", "novads", "0045000", "LV-087"),
    ("Saldus novads", "novads", "0046000", "LV-088"),
    ("Saulkrastu novads", "novads", "0047000", "LV-089"),
    ("Siguldas novads", "novads", "0048000", "LV-091"),
    ("Smiltenes novads", "novads", "0049000", "LV-094"),
    ("Talsu novads", "novads", "0051000", "LV-097"),
    ("Tukuma novads", "novads", "0052000", "LV-099"),
    ("Valkas novads", "novads", "0053000", "LV-101"),
    ("Valmieras novads", "novads", "0054000", "LV-113"),
    ("Varakļānu novads", "novads", None, "LV-102"),
    ("Ventspils novads", "novads", "0056000", "LV-106"),
)

#: Madonas novads from 2025-07-01, with the territory of Varakļānu novads: ``(name, kind, ATVK code, ISO code)``.
MADONA_2025: tuple[str, str, str, str] = ("Madonas novads", "novads", "0038001", "LV-059")

#: The names of the shipped sets, in the order of the rows above.
REPUBLIC_CITIES: tuple[str, ...] = tuple(row[0] for row in MUNICIPALITIES_2011 if row[1] == "republic_city")
NOVADI_2011: tuple[str, ...] = tuple(row[0] for row in MUNICIPALITIES_2011 if row[1] == "novads")
STATE_CITIES: tuple[str, ...] = tuple(row[0] for row in MUNICIPALITIES_2021 if row[1] == "state_city")
NOVADI_2021: tuple[str, ...] = tuple(row[0] for row in MUNICIPALITIES_2021 if row[1] == "novads")

#: Novadi of 2021 whose territory ends on 2025-06-30 (Madonas novads goes on as a new object from 2025-07-01).
ENDED_2025_06_30: frozenset[str] = frozenset({"Varakļānu novads", "Madonas novads"})

Row = tuple[str, str, date, date | None, str | None, str]


def _rows() -> tuple[Row, ...]:
    rows: list[Row] = [
        (name, kind, DATA_START, LAST_DAY_BEFORE_REFORM, atvk, iso) for name, kind, atvk, iso in MUNICIPALITIES_2011
    ]
    rows += [
        (name, kind, REFORM_2021, LAST_DAY_OF_VARAKLANI if name in ENDED_2025_06_30 else None, atvk, iso)
        for name, kind, atvk, iso in MUNICIPALITIES_2021
    ]
    name, kind, atvk, iso = MADONA_2025
    rows.append((name, kind, VARAKLANI_MERGED, None, atvk, iso))
    return tuple(rows)


#: Every shipped municipality as ``(name, kind, start, end, atvk, iso_code)``.
ROWS: tuple[Row, ...] = _rows()
