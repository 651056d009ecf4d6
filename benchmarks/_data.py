"""Deterministic, varied JSON payloads of the nested types an app sends, with Latvian free text.

Each generator takes a :class:`random.Random` and an index and returns the JSON
dict a web app or an import job would send: Latvian names and titles with
diacritics, en dashes and typographic quotes, free text with line breaks,
dates, decimal strings and enumeration values -- and about half of the
payloads leave out keys that have defaults, as real payloads do.  Nothing here
is drawn from the library: the payloads are written against the field names,
so the library must accept them as they come.

``RULES`` lists, per type, payloads that test the cross-field rules (and some
same-day boundaries that must be accepted): the equivalence check requires
the library and its pydantic model to decide each of them alike.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

Data = dict[str, Any]

# ---------------------------------------------------------------- vocabulary

MUNICIPALITIES = [
    "Jelgava", "Jelgavas novads", "Valmieras novads", "Daugavpils", "Rēzekne", "Liepāja", "Ventspils",
    "Jūrmala", "Ogres novads", "Cēsu novads", "Kuldīgas novads", "Tukuma novads", "Bauskas novads",
    "Madonas novads", "Ludzas novads", "Krāslavas novads", "Limbažu novads", "Talsu novads",
    "Saldus novads", "Smiltenes novads", "Gulbenes novads", "Alūksnes novads", "Ķekavas novads",
    "Mārupes novads", "Ādažu novads", "Siguldas novads", "Preiļu novads", "Balvu novads",
]  # fmt: skip
SCHOOL_KINDS = [
    "Valsts ģimnāzija", "vidusskola", "pamatskola", "sākumskola", "Spīdolas ģimnāzija",
    "Tehnikums", "Mūzikas vidusskola", "internātpamatskola", "Centra vidusskola", "1. ģimnāzija",
]  # fmt: skip
ORGANISATIONS = [
    "Valsts izglītības attīstības aģentūra", "Valsts izglītības satura centrs",
    "Izglītības kvalitātes valsts dienests", "Jelgavas novada Izglītības pārvalde",
    "Valmieras novada pašvaldības Izglītības pārvalde", "Daugavpils pilsētas Izglītības pārvalde",
    "Biedrība „Jauniešu iniciatīvu centrs”", "SIA „Ozolkalns”", "Latvijas Universitāte",
    "Rīgas Tehniskā universitāte", "Biedrība „Zaļā klase”", "Nodibinājums „Iespēju tilts”",
]  # fmt: skip
TITLE_HEADS = [
    "Atbalsts priekšlaicīgas mācību pārtraukšanas samazināšanai",
    "Karjeras atbalsts vispārējās un profesionālās izglītības iestādēs",
    "Pedagogu profesionālā atbalsta sistēmas izveide",
    "Kompetenču pieejā balstīta vispārējās izglītības satura ieviešana",
    "Iekļaujošas izglītības un sociālās iekļaušanas veicināšana",
    "Mācību vides uzlabošana – „Skola 2030”",
]  # fmt: skip
TARGET_GROUPS = [
    "izglītojamie 5.–12. klasē", "profesionālās izglītības audzēkņi", "pedagogi un atbalsta personāls",
    "izglītības iestāžu vadības komandas", "pašvaldību izglītības speciālisti", "vecāki un aizbildņi",
]  # fmt: skip
ACTIVITIES = [
    "Individuālo atbalsta plānu izstrāde un īstenošana",
    "Metodisko materiālu izstrāde – dabaszinātnes un matemātika",
    "Pedagogu profesionālās kompetences pilnveide (36 stundas)",
    "Karjeras nedēļas „Ko darīsi rīt?” organizēšana",
    "Mentoru tīkla izveide novados\nun rezultātu apkopošana",
    "Pasākumi vecākiem: „Kā atbalstīt bērnu mācībās?”",
]  # fmt: skip
RISKS = [
    ("learning_and_institution", "zemi mācību sasniegumi matemātikā"),
    ("learning_and_institution", "neattaisnoti kavējumi – vairāk nekā 20 stundas mēnesī"),
    ("learning_and_institution", "mācību motivācijas trūkums"),
    ("economic", "ģimenei trūkst līdzekļu ēdināšanai"),
    ("economic", "nav piemērota apģērba un apavu"),
    ("family", "bieža dzīvesvietas maiņa"),
    ("family", "vecāki strādā ārzemēs; bērns dzīvo pie vecmāmiņas"),
    ("social_environment_and_health", "konflikti ar vienaudžiem"),
    ("social_environment_and_health", "hroniskas veselības problēmas"),
]  # fmt: skip
NOTES = [
    "Skolēns apmeklē konsultācijas divreiz nedēļā.\nVecāki informēti – saruna 12.10.",
    "Plāns saskaņots ar klases audzinātāju; nākamā tikšanās pēc 3 nedēļām.",
    "Sociālais pedagogs iesaka „soli pa solim” pieeju.\n\tAtkārtota izvērtēšana semestra beigās.",
    "Ēdināšanas kompensācija piešķirta no 1. oktobra.",
]  # fmt: skip
SUBJECTS = ["matemātika", "latviešu valoda", "fizika", "ķīmija", "bioloģija", "angļu valoda", "vēsture"]
ROLES_OF_ASSESSOR = ["klases audzinātājs", "sociālais pedagogs", "izglītības psihologs", "direktora vietnieks"]
EVENTS = [
    "Karjeras nedēļa „Ko darīsi rīt?”", "Meistarklase – kokapstrāde un dizains",
    "Tikšanās ar profesiju pārstāvjiem: „Inženieris šodien”", "Ekskursija uz AS „Latvijas Finieris”",
    "Profesiju diena – „Mana nākotnes darbavieta”", "Tematiskā audzināšanas stunda par izvēlēm",
    "Izstāde „Skola 2024” Ķīpsalā", "Konkurss „Jaunais uzņēmējs”",
]  # fmt: skip
PARTNERS = [
    ("vocational_institution", "Jelgavas Tehnikums"), ("higher_education_institution", "Latvijas Universitāte"),
    ("employer", "AS „Latvijas Finieris”"), ("public_company", "AS „Latvijas valsts meži”"),
    ("cultural_institution", "Ģederta Eliasa Jelgavas vēstures un mākslas muzejs"),
    ("ngo", "Biedrība „Jauniešu iniciatīvu centrs”"),
]  # fmt: skip
PROGRAMMES = [
    ("21011111", "Pamatizglītības programma", (True, False, False, False, False)),
    ("21011121", "Pamatizglītības mazākumtautību programma", (True, False, False, False, True)),
    ("31011011", "Vispārējās vidējās izglītības programma", (False, True, False, False, False)),
    ("31011021", "Vispārējās vidējās izglītības mazākumtautību programma", (False, True, False, False, True)),
    ("21015611", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem",
     (True, False, False, True, False)),
    ("33811001", "Profesionālās vidējās izglītības programma „Datorsistēmas”", (False, False, True, False, False)),
    ("01011111", "Pirmsskolas izglītības programma", (False, False, False, False, False)),
]  # fmt: skip
FLAGS = ("basic", "general_secondary", "vocational", "special", "minority")

# ---------------------------------------------------------------- helpers


def day(d: date) -> str:
    return d.isoformat()


def registration(rng: random.Random) -> str:
    return f"{rng.choice('4579')}{rng.randrange(10**8, 10**9)}"


def school(rng: random.Random) -> str:
    town = rng.choice(MUNICIPALITIES).removesuffix(" novads").removesuffix("as")
    return f"{town}s {rng.choice(SCHOOL_KINDS)}"


def sometimes(rng: random.Random, data: Data, key: str, value: Any, chance: float = 0.5) -> None:
    """Put ``value`` at ``key`` only sometimes: payloads leave out keys that have defaults."""
    if rng.random() < chance:
        data[key] = value


def date_range(start: date, end: date | None) -> Data:
    return {"start": day(start), "end": None if end is None else day(end)}


# ---------------------------------------------------------------- Project (F-1 ... F-4, M-2)

PERIODS = [
    {
        "code": "esf_2014_2020",
        "name": "Eiropas Sociālais fonds, 2014.-2020. gada plānošanas periods",
        "fund": "esf",
        "eligibility": {"start": "2014-01-01", "end": "2023-12-31"},
        "legal_basis": "Regula (ES) Nr. 1303/2013, 65. panta 2. punkts",
        "binds_implementation": True,
        "numbers_have_round": False,
    },
    {
        "code": "esf_plus_2021_2027",
        "name": "Eiropas Sociālais fonds Plus, 2021.-2027. gada plānošanas periods",
        "fund": "esf_plus",
        "eligibility": {"start": "2021-01-01", "end": "2029-12-31"},
        "legal_basis": "Regula (ES) 2021/1060, 63. panta 2. punkts",
        "binds_implementation": True,
        "numbers_have_round": True,
    },
]
MEASURES_2014 = ["8.3.4.0", "8.3.5.0", "8.3.1.1", "9.2.2.2", "8.1.2.0", "8.3.2.2"]
MEASURES_2021 = ["4.2.2.3", "4.2.1.2", "4.2.3.1"]
ROLES = ["submitter", "initiator", "implementer", "partner", "cooperation_partner"]
KINDS = ["national_agency", "education_board", "municipality", "ngo", "education_institution", "company"]


def organisation(rng: random.Random) -> Data:
    data: Data = {"name": rng.choice(ORGANISATIONS), "kind": rng.choice(KINDS), "country": "LV"}
    sometimes(rng, data, "registration_number", f"{rng.randrange(40000000000, 50000000000)}", 0.4)
    return data


def project(rng: random.Random, index: int) -> Data:
    new = rng.random() < 0.4
    period = PERIODS[new]
    start = date(2022 if new else 2016, rng.randrange(1, 13), rng.randrange(1, 29))
    end = start + timedelta(days=rng.randrange(365, 5 * 365)) if rng.random() < 0.9 else None
    if end is not None and end > date(2029 if new else 2023, 12, 31):
        end = date(2029 if new else 2023, 12, 31)
    if new:
        number = f"{rng.choice(MEASURES_2021)}/{rng.randrange(1, 4)}/{start.year % 100:02d}/I/{1 + index % 999:03d}"
    else:
        number = f"{rng.choice(MEASURES_2014)}/{start.year % 100:02d}/{rng.choice('IA')}/{1 + index % 999:03d}"
    data: Data = {
        "number": number,
        "title": f"{rng.choice(TITLE_HEADS)} ({start.year}.–{start.year + 4}. g.)",
        "programming_period": period,
        "period": date_range(start, end),
    }
    roles = [{"organisation": organisation(rng), "role": role} for role in rng.sample(ROLES, rng.randrange(1, 4))]
    sometimes(rng, data, "roles", roles, 0.9)
    mk = rng.choice([(460, "2016-07-12"), (359, "2016-06-07"), (358, "2024-06-11")])
    regulation: Data = {"number": mk[0], "adopted": mk[1]}
    sometimes(rng, regulation, "title", "Darbības programmas „Izaugsme un nodarbinātība” īstenošanas noteikumi")
    sometimes(rng, data, "regulation", regulation, 0.6)
    sometimes(rng, data, "specific_objective", f"{number.split('/')[0][:5]} – {rng.choice(TARGET_GROUPS)}")
    sometimes(rng, data, "target_groups", rng.sample(TARGET_GROUPS, rng.randrange(1, 4)))
    sometimes(rng, data, "activities", rng.sample(ACTIVITIES, rng.randrange(1, 4)))
    total = rng.randrange(10**6, 5 * 10**7) * 100 + rng.randrange(100)
    if rng.random() < 0.5:
        eu = total * 85 // 100
        parts = [{"source": "eu_fund", "amount": cents(eu)}, {"source": "state_budget", "amount": cents(total - eu)}]
        budget: Data = {"total": cents(total), "parts": parts}
    else:
        parts = [{"source": "municipal", "amount": "0.00"}, {"source": "external", "amount": "0.00"}]
        budget = {"total": cents(total), "parts": parts, "complete": False}
    sometimes(rng, data, "budget", budget, 0.7)
    if end is not None and rng.random() < 0.4:
        announced = sorted(rng.sample(range(30, 1000), rng.randrange(1, 3)))
        data["amendments"] = [
            {
                "announced": day(start + timedelta(days=a)),
                "end": day(end + timedelta(days=30 * (n + 1))),
                "source": f"VIAA paziņojums Nr. {n + 1} – „grozījumi līgumā”",
            }
            for n, a in enumerate(announced)
        ]
    return data


def cents(value: int) -> str:
    return f"{value // 100}.{value % 100:02d}"


# ---------------------------------------------------------------- SupportCase (P-3 ... P-5)

CONSULTATIVE = [
    "psychologist",
    "speech_therapist",
    "social_pedagogue",
    "special_education_teacher",
    "teacher_assistant",
]
OUTCOMES = ["continues_education", "risk_reduced", "left_education", "moved_elsewhere", "completed_education"]


def support_case(rng: random.Random, index: int) -> Data:
    year = rng.randrange(2017, 2023)
    opened = date(year, 9, 1) + timedelta(days=rng.randrange(0, 100))
    data: Data = {
        "case_id": f"{rng.choice(['JN', 'JL', 'DG', 'RZ'])}-{year}-{index:05d}",
        "learner": f"L-{rng.randrange(10**6):06d}",
        "institution": registration(rng),
    }
    if rng.random() < 0.8:
        data["grade"] = rng.randrange(5, 13)
    else:
        data["course"] = rng.randrange(1, 5)
    data["opened"] = day(opened)
    factors = [{"group": g, "description": d} for g, d in rng.sample(RISKS, rng.randrange(1, 4))]
    assessment: Data = {"assessed_on": day(opened - timedelta(days=rng.randrange(0, 10))), "factors": factors}
    sometimes(rng, assessment, "assessor_role", rng.choice(ROLES_OF_ASSESSOR))
    sometimes(rng, assessment, "note", rng.choice(NOTES), 0.3)
    data["assessment"] = assessment
    plans = []
    for n in range(rng.randrange(0, 4)):
        # Semester n after the opening one: I of a school year on even n, II on odd n, drawn up at its start.
        drawn_up = opened + timedelta(days=7) if n == 0 else date(year + (n + 1) // 2, 9 if n % 2 == 0 else 1, 10)
        plan: Data = {"semester": {"school_year": year + n // 2, "number": 1 + n % 2}, "drawn_up": day(drawn_up)}
        consultative = [{"kind": k} for k in rng.sample(CONSULTATIVE, rng.randrange(0, 3))]
        if rng.random() < 0.5:
            consultative.append({"kind": "subject_teacher", "subject": rng.choice(SUBJECTS)})
        economic: list[Data] = []
        if rng.random() < 0.6:
            economic.append(
                {"kind": "meal_compensation", "amount": f"{rng.randrange(20, 120)}.{rng.randrange(100):02d}"}
            )
        if rng.random() < 0.2:
            economic.append({"kind": "personal_items", "items": rng.sample(["clothing", "footwear", "hygiene"], 2)})
        if not consultative and not economic:
            consultative.append({"kind": "psychologist"})
        sometimes(rng, plan, "consultative", consultative, 1.0 if consultative else 0.0)
        sometimes(rng, plan, "economic", economic, 1.0 if economic else 0.0)
        sometimes(rng, plan, "note", rng.choice(NOTES), 0.3)
        plans.append(plan)
    sometimes(rng, data, "plans", plans, 1.0 if plans else 0.3)
    if rng.random() < 0.4:
        data["closed"] = day(opened + timedelta(days=rng.randrange(60, 700)))
        data["outcome"] = rng.choice(OUTCOMES)
    return data


# ---------------------------------------------------------------- CareerEvent (C-9)

EVENT_KINDS = ["workshop", "masterclass", "meeting_with_professionals", "excursion", "career_week", "exhibition"]


def career_event(rng: random.Random, index: int) -> Data:
    start = date(2016, 9, 1) + timedelta(days=rng.randrange(0, 1400))
    data: Data = {
        "title": rng.choice(EVENTS),
        "kind": rng.choice(EVENT_KINDS),
        "status": rng.choice(["planned", "held", "held"]),
        "period": date_range(start, start + timedelta(days=rng.randrange(0, 3))),
        "level": rng.choice(["city", "school"]),
    }
    grades = sorted(rng.sample(range(1, 13), rng.randrange(1, 6)))
    participants = [{"grade": g, "count": rng.randrange(5, 120)} for g in grades]
    total = sum(p["count"] for p in participants)
    names = list({school(rng) for _ in range(rng.randrange(0, 5))})
    if names:
        pilots = names[: rng.randrange(0, len(names) + 1)]
        data["schools"] = names
        sometimes(rng, data, "pilot_schools", pilots, 1.0 if pilots else 0.0)
        non_pilot = 0 if len(pilots) == len(names) else total if not pilots else rng.randrange(0, total + 1)
    else:
        non_pilot = rng.randrange(0, total + 1)
    data["participants"] = participants
    sometimes(rng, data, "non_pilot_participants", non_pilot, 1.0 if non_pilot else 0.5)
    partners = [{"kind": k, "name": n} for k, n in rng.sample(PARTNERS, rng.randrange(0, 3))]
    sometimes(rng, data, "partners", partners, 1.0 if partners else 0.2)
    return data


# ---------------------------------------------------------------- Agreement (C-1 ... C-6)


def agreement(rng: random.Random, index: int) -> Data:
    signed = date(2016, 11, 1) + timedelta(days=rng.randrange(0, 240))
    data: Data = {"municipality": rng.choice(MUNICIPALITIES), "signed": day(signed)}
    extended = rng.random() < 0.3
    if extended:
        data["period"] = date_range(date(2016, 10, 1), date(2022, 12, 31))
    end = date(2022, 12, 31) if extended else date(2020, 12, 31)
    schools = []
    for _ in range(rng.randrange(1, 13)):
        first = rng.randrange(2016, 2019)
        schools.append(
            {
                "registration_number": registration(rng),
                "period": date_range(date(first, 10, 1) if first == 2016 else date(first, 9, 1), end),
            }
        )
    data["pilot_schools"] = schools
    sometimes(rng, data, "load_bounds", {"minimum": "0.30", "total_cap": rng.choice(["6.00", "8.50", "12.00"])}, 0.4)
    sometimes(rng, data, "requirements", {"min_minority": rng.randrange(0, 3), "min_general": rng.randrange(3, 8)}, 0.2)
    return data


# ---------------------------------------------------------------- Institution (O-3, O-4)

FOUNDERS = ["state", "municipality", "municipality", "municipality", "private"]


def institution(rng: random.Random, index: int) -> Data:
    data: Data = {
        "registration_number": registration(rng),
        "name": school(rng),
        "founder": rng.choice(FOUNDERS),
        "municipality": rng.choice(MUNICIPALITIES),
        "kind": rng.choice(["general", "general", "special", "vocational"]),
    }
    chosen = rng.sample(PROGRAMMES, rng.randrange(1, 5))
    programmes = [
        {"code": code, "title": title, **dict(zip(FLAGS, flags, strict=True))} for code, title, flags in chosen
    ]
    sometimes(rng, data, "programmes", programmes, 0.9)
    return data


# ---------------------------------------------------------------- Fact (I-2) and ConsultantAssignment (C-5)


def fact(rng: random.Random, index: int) -> Data:
    data: Data = {
        "indicator": f"4.2.2.3-R{rng.randrange(1, 12)}",
        "on": day(date(2024, 10, 1) + timedelta(days=rng.randrange(0, 1900))),
        "subject": rng.choice([rng.choice(MUNICIPALITIES), registration(rng), f"L-{rng.randrange(10**6):06d}"]),
    }
    kind = rng.choices(["occurred", "total", "measurement"], [8, 1, 1])[0]
    if kind == "occurred":
        sometimes(rng, data, "value", str(rng.randrange(0, 40)), 0.3)
        sometimes(rng, data, "kind", kind, 0.3)
    elif kind == "total":
        data.update(value=str(rng.randrange(40, 700)), kind=kind)
    else:
        data.update(value=f"{rng.randrange(0, 100)}.{rng.randrange(10)}", kind=kind)
    return data


def consultant_assignment(rng: random.Random, index: int) -> Data:
    year = rng.randrange(2016, 2021)
    return {
        "consultant": f"c-{index % 4000:04d}",
        "institution": registration(rng),
        "load": "1.00" if rng.random() < 0.1 else f"0.{rng.randrange(30, 100)}",
        "period": date_range(date(year, 9, 1), date(year + 1, 8, 31) if rng.random() < 0.9 else None),
    }


GENERATORS: dict[str, Callable[[random.Random, int], Data]] = {
    "Project": project,
    "SupportCase": support_case,
    "CareerEvent": career_event,
    "Agreement": agreement,
    "Institution": institution,
    "Fact": fact,
    "ConsultantAssignment": consultant_assignment,
}


def payloads(name: str, count: int, seed: int = 2026) -> list[Data]:
    """``count`` payloads of the type ``name``, the same every run."""
    rng = random.Random(f"{seed}-{name}")
    make = GENERATORS[name]
    return [make(rng, index) for index in range(count)]


# ---------------------------------------------------------------- cross-field rules


def _edit(base: Data, change: Callable[[Data], None]) -> Data:
    data = copy.deepcopy(base)
    change(data)
    return data


Rule = tuple[str, Callable[[Data], None]]


def _set(path: str, value: Any) -> Callable[[Data], None]:
    keys = path.split(".")

    def change(data: Data) -> None:
        node: Any = data
        for key in keys[:-1]:
            node = node[int(key)] if key.isdigit() else node[key]
        last = keys[-1]
        if last.isdigit():
            node[int(last)] = value
        else:
            node[last] = value

    return change


def _do(*changes: Callable[[Data], None]) -> Callable[[Data], None]:
    def change(data: Data) -> None:
        for step in changes:
            step(data)

    return change


def _pop(key: str) -> Callable[[Data], None]:
    def change(data: Data) -> None:
        data.pop(key, None)

    return change


BASES: dict[str, Data] = {
    "Project": {
        "number": "8.3.4.0/16/I/001",
        "title": "Atbalsts priekšlaicīgas mācību pārtraukšanas samazināšanai",
        "programming_period": PERIODS[0],
        "period": {"start": "2017-03-16", "end": "2022-12-31"},
        "roles": [
            {
                "organisation": {
                    "name": "Izglītības kvalitātes valsts dienests",
                    "kind": "national_agency",
                    "country": "LV",
                },
                "role": "implementer",
            }
        ],
        "budget": {
            "total": "39812376.00",
            "parts": [
                {"source": "eu_fund", "amount": "33840519.00"},
                {"source": "state_budget", "amount": "5971857.00"},
            ],
        },
        "target_groups": ["izglītojamie 5.–12. klasē"],
        "activities": ["Individuālo atbalsta plānu izstrāde un īstenošana"],
        "specific_objective": "8.3.4 – samazināt priekšlaicīgu mācību pārtraukšanu",
        "regulation": {"number": 460, "adopted": "2016-07-12", "title": "MK noteikumi Nr. 460"},
        "amendments": [{"announced": "2021-04-30", "end": "2023-12-31", "source": "IKVD projekta lapa – „pagarināts”"}],
    },
    "SupportCase": {
        "case_id": "JN-2020-001",
        "learner": "L-0001",
        "institution": "9000000001",
        "grade": 7,
        "opened": "2020-09-10",
        "assessment": {
            "assessed_on": "2020-09-10",
            "factors": [{"group": "economic", "description": "trūkst līdzekļu"}],
            "assessor_role": "klases audzinātājs",
            "note": "Sarunā piedalās vecāki.\nNākamā tikšanās oktobrī.",
        },
        "plans": [
            {
                "semester": {"school_year": 2020, "number": 1},
                "drawn_up": "2020-09-15",
                "consultative": [{"kind": "subject_teacher", "subject": "matemātika", "note": "2× nedēļā"}],
                "economic": [
                    {"kind": "meal_compensation", "amount": "45.00"},
                    {"kind": "personal_items", "items": ["clothing", "footwear"]},
                ],
                "note": "Plāns saskaņots – „soli pa solim”.",
            }
        ],
        "closed": "2020-12-22",
        "outcome": "risk_reduced",
    },
    "CareerEvent": {
        "title": "Tikšanās ar profesiju pārstāvjiem",
        "kind": "meeting_with_professionals",
        "status": "held",
        "period": {"start": "2017-04-20", "end": "2017-04-20"},
        "level": "city",
        "schools": ["Daugavpils 9. vidusskola", "Daugavpils 3. pamatskola"],
        "pilot_schools": ["Daugavpils 9. vidusskola"],
        "participants": [{"grade": 9, "count": 40}, {"grade": 10, "count": 25}],
        "non_pilot_participants": 15,
        "partners": [{"kind": "employer", "name": "AS „Latvijas Finieris”"}],
    },
    "Agreement": {
        "municipality": "Jelgava",
        "signed": "2017-02-24",
        "period": {"start": "2016-10-01", "end": "2020-12-31"},
        "pilot_schools": [
            {"registration_number": "4513900001", "period": {"start": "2016-10-01", "end": "2020-12-31"}},
            {"registration_number": "4513900002", "period": {"start": "2017-09-01", "end": "2020-08-31"}},
        ],
        "requirements": {"min_minority": 1, "min_general": 6, "reference_year": 2016, "general_kinds": ["basic"]},
        "ratio": {
            "schedule": {
                "steps": [
                    {"start": "2016-10-01", "value": 700, "source": {"citation": "[000] 3b: 700 izglītojamie"}},
                    {"start": "2020-01-01", "value": 600, "source": {"citation": "[000] 3b: 600 izglītojamie"}},
                ]
            },
            "policy": "step",
            "places": 2,
            "rounding": "ROUND_HALF_UP",
        },
        "load_bounds": {"minimum": "0.30", "total_cap": "6.00"},
        "training": {"min_hours": "0.00", "grace_days": 365},
    },
    "Institution": {
        "registration_number": "4213900473",
        "name": "Ciblas vidusskola",
        "founder": "municipality",
        "municipality": "Ludzas novads",
        "kind": "general",
        "programmes": [
            {"code": code, "title": title, **dict(zip(FLAGS, flags, strict=True))} for code, title, flags in PROGRAMMES
        ],
    },
    "Fact": {
        "indicator": "4.2.2.3-R1",
        "on": "2025-01-15",
        "subject": "Valmieras novads",
        "value": "3",
        "kind": "occurred",
    },
    "ConsultantAssignment": {
        "consultant": "c01",
        "institution": "4500000001",
        "load": "0.30",
        "period": {"start": "2017-09-01", "end": "2018-08-31"},
    },
}

#: Per type: (what the payload tests, the change to the base payload).  Some are same-day boundaries that hold.
RULES: dict[str, list[Rule]] = {
    "Project": [
        ("period ends the day before it starts", _set("period.end", "2017-03-15")),
        ("period ends the day it starts (holds)", _set("period.end", "2017-03-16")),
        ("two amendments announced the same day", _set("amendments", [BASES["Project"]["amendments"][0]] * 2)),
        ("one organisation twice in the same role", _set("roles", BASES["Project"]["roles"] * 2)),
        ("complete budget whose parts do not sum", _set("budget.total", "39812377.00")),
        ("budget with one source twice", _set("budget.parts.1.source", "eu_fund")),
        (
            "incomplete budget whose parts exceed the total",
            _do(_set("budget.complete", False), _set("budget.total", "1.00")),
        ),
        (
            "incomplete budget listing every source",
            _do(
                _set("budget.complete", False),
                _set(
                    "budget.parts",
                    [
                        {"source": s, "amount": "0.00"}
                        for s in ["eu_fund", "state_budget", "municipal", "external", "other"]
                    ],
                ),
                _set("budget.total", "0.00"),
            ),
        ),
        ("open eligibility window", _set("programming_period.eligibility.end", None)),
        ("project number typed with 1 for I and a trailing dot (holds)", _set("number", "8.3.4.0./16/1/001")),
        ("project number with a three-part measure", _set("number", "8.3.4/16/I/001")),
        ("project number with the 2021-2027 round", _set("number", "4.2.2.3/1/24/I/001")),
        ("project number with sequence 000", _set("number", "8.3.4.0/16/I/000")),
        ("budget amount of a tenth of a cent", _set("budget.parts.0.amount", "33840519.001")),
        (
            "negative budget part",
            _do(_set("budget.parts.0.amount", "-1.00"), _set("budget.parts.1.amount", "5971858.00")),
        ),
    ],
    "SupportCase": [
        ("both a grade and a course", _set("course", 2)),
        ("neither a grade nor a course", _pop("grade")),
        ("assessed the day after opening", _set("assessment.assessed_on", "2020-09-11")),
        ("assessed on the opening day (holds)", _set("assessment.assessed_on", "2020-09-10")),
        ("closed the day before opening", _set("closed", "2020-09-09")),
        ("closed on the opening day (holds)", _set("closed", "2020-09-10")),
        ("an outcome without closing", _pop("closed")),
        ("closed without an outcome", _pop("outcome")),
        ("plan drawn up the day after its semester ends", _set("plans.0.drawn_up", "2021-01-01")),
        ("plan drawn up on its semester's last day (holds)", _set("plans.0.drawn_up", "2020-12-31")),
        (
            "second-semester plan drawn up on 31 August (holds)",
            _do(_set("plans.0.semester.number", 2), _set("plans.0.drawn_up", "2021-08-31")),
        ),
        ("plan without any measure", _do(_set("plans.0.consultative", []), _set("plans.0.economic", []))),
        ("a subject for a psychologist", _set("plans.0.consultative.0.kind", "psychologist")),
        ("items for meal compensation", _set("plans.0.economic.0.items", ["clothing"])),
        ("an item twice", _set("plans.0.economic.1.items", ["clothing", "clothing"])),
        ("meal compensation of zero euros", _set("plans.0.economic.0.amount", "0.00")),
        ("an assessment without factors", _set("assessment.factors", [])),
        ("a learner id that is a personal code", _set("learner", "161175-19997")),
        ("a personal code in the note", _set("assessment.note", "Skolēns 161175-19997 saņēma atbalstu")),
        ("a +371 phone number in the note (holds)", _set("assessment.note", "Vecāku tālrunis +37129196866")),
    ],
    "CareerEvent": [
        ("an event without an end", _set("period.end", None)),
        ("an event ending the day before it starts", _set("period.end", "2017-04-19")),
        ("a pilot school not among the schools", _set("pilot_schools", ["Jelgavas Tehnikums"])),
        ("a school twice", _set("schools", ["Daugavpils 9. vidusskola"] * 2)),
        ("a grade twice", _set("participants.1.grade", 9)),
        ("more non-pilot participants than participants", _set("non_pilot_participants", 66)),
        ("every participant from non-pilot schools (holds)", _set("non_pilot_participants", 65)),
        ("all schools pilot but non-pilot participants", _set("pilot_schools", BASES["CareerEvent"]["schools"])),
        ("no pilot school but pilot participants", _set("pilot_schools", [])),
        ("a personal code in a school's name", _set("schools.1", "Skola 161175-19997")),
    ],
    "Agreement": [
        ("signed the day after its period ends", _set("signed", "2021-01-01")),
        ("signed on its period's last day (holds)", _do(_set("signed", "2020-12-31"), _set("pilot_schools", []))),
        ("a pilot school beyond the agreement's period", _set("pilot_schools.1.period.end", "2021-01-01")),
        ("one school twice with overlapping periods", _set("pilot_schools.1.registration_number", "4513900001")),
        (
            "one school twice, periods meeting but not overlapping (holds)",
            _do(
                _set("pilot_schools.0.period.end", "2017-08-31"),
                _set("pilot_schools.1.registration_number", "4513900001"),
            ),
        ),
        ("a ratio schedule starting after the agreement", _set("ratio.schedule.steps.0.start", "2017-02-25")),
        (
            "a ratio schedule starting on the agreement's first day (holds)",
            _set("ratio.schedule.steps.0.start", "2017-02-24"),
        ),
        ("ratio steps out of order", _set("ratio.schedule.steps.1.start", "2016-10-01")),
        ("a cap below the minimum", _set("load_bounds.total_cap", "0.20")),
        ("no general programme kind", _set("requirements.general_kinds", [])),
        ("a programme kind twice", _set("requirements.general_kinds", ["basic", "basic"])),
        (
            "qualification rule before its regulation's adoption",
            _set(
                "qualification_rules",
                {
                    "steps": [
                        {
                            "start": "2014-10-27",
                            "value": {"regulation": {"number": 662, "adopted": "2014-10-28"}},
                            "source": {"citation": "MK noteikumi Nr. 662"},
                        }
                    ]
                },
            ),
        ),
    ],
    "Institution": [
        ("a special-education code not flagged special", _set("programmes.4.special", False)),
        ("a basic code flagged general secondary", _set("programmes.0.general_secondary", True)),
        ("a general-education code flagged vocational", _set("programmes.2.vocational", True)),
        ("a vocational code with any flags (holds)", _set("programmes.5.basic", True)),
        ("a nine-digit registration number", _set("registration_number", "421390047")),
        ("a seven-digit programme code", _set("programmes.0.code", "2101111")),
    ],
    "Fact": [
        ("a total without a value", _do(_set("kind", "total"), _pop("value"))),
        ("a measurement without a value", _do(_set("kind", "measurement"), _pop("value"))),
        ("a total that is not whole", _do(_set("kind", "total"), _set("value", "600.5"))),
        ("a negative occurrence", _set("value", "-1")),
        ("a negative measurement (holds)", _do(_set("kind", "measurement"), _set("value", "-1.5"))),
        ("a value with eleven decimal places", _set("value", "0.00000000001")),
        ("a personal code as the subject", _set("subject", "161175-19997")),
        ("a learner id as the subject (holds)", _set("subject", "L-000123")),
    ],
    "ConsultantAssignment": [
        ("a load of zero", _set("load", "0.00")),
        ("a load above one post", _set("load", "1.01")),
        ("a full post (holds)", _set("load", "1.00")),
        ("a load with three places", _set("load", "0.305")),
        ("a load given as a JSON number", _set("load", 0.3)),
        ("a period ending before it starts", _set("period.end", "2017-08-31")),
        ("a consultant id that is a personal code", _set("consultant", "32867300679")),
    ],
}


def rule_payloads(name: str) -> list[tuple[str, Data]]:
    """The base payload of ``name`` and its rule variants, each with what it tests."""
    base = BASES[name]
    return [("the base payload (holds)", copy.deepcopy(base)), *((what, _edit(base, f)) for what, f in RULES[name])]
