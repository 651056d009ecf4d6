"""The seed's Erasmus+ partnership, "S.O.S. karjera panākumiem" [001], as a ready value (E-1 ... E-3).

:data:`SOS_CAREER_PARTNERSHIP` and its seven organisations, named as [001]
names them (its spelling kept, e.g. "Starpkultūtu").  :mod:`karjera_core.reference`
re-exports them with the other projects of the seeds.

>>> from karjera_core.programmes.erasmus import check
>>> len(SOS_CAREER_PARTNERSHIP.organisations), len(SOS_CAREER_PARTNERSHIP.countries), check(SOS_CAREER_PARTNERSHIP)
(7, 7, ())
"""

from __future__ import annotations

from karjera_core.organisations import Organisation, OrganisationKind
from karjera_core.programmes.erasmus.parameters import PartnershipFormat
from karjera_core.programmes.erasmus.partnership import (
    Meeting,
    Output,
    OutputKind,
    Partnership,
    TrainingEvent,
    TrainingScope,
)

__all__ = [
    "ARAD_COUNTY_EDUCATION_BOARD",
    "CERSEO",
    "HIPERACTIVITY",
    "JELGAVA_NOVADS_EDUCATION_BOARD",
    "MOBILITY_FRIENDS",
    "OSMANIYE_EDUCATION_DIRECTORATE",
    "RIVERIA",
    "SOS_CAREER_PARTNERSHIP",
]


def __dir__() -> list[str]:
    return sorted(__all__)


def _org(name: str, kind: OrganisationKind, country: str) -> Organisation:
    return Organisation(name=name, kind=kind, country=country)


#: The coordinator ("Projekta vadītājs") [001].
ARAD_COUNTY_EDUCATION_BOARD = _org("Aradas apgabala Izglītības pārvalde", OrganisationKind.EDUCATION_BOARD, "RO")
#: Jelgava novads education board, a partner [001] (also a cooperation partner of ESF 8.3.5).
JELGAVA_NOVADS_EDUCATION_BOARD = _org(
    "Jelgavas novada pašvaldības Izglītības pārvalde", OrganisationKind.EDUCATION_BOARD, "LV"
)
#: The partner from Italy [001].
CERSEO = _org("Eiropas Zinātnes un Attīstības Centrs CERSEO", OrganisationKind.RESEARCH_CENTRE, "IT")
#: The partner from Turkey [001].
OSMANIYE_EDUCATION_DIRECTORATE = _org(
    "Osmānijas provinces Nacionālais izglītības direktorāts", OrganisationKind.REGIONAL_AUTHORITY, "TR"
)
#: The partner from Portugal [001].
MOBILITY_FRIENDS = _org("Starpkultūtu Asociācija “Mobility Friends”", OrganisationKind.NGO, "PT")
#: The partner from Spain [001].
HIPERACTIVITY = _org("Profesionālais apmācību centrs “Hiperactivity”", OrganisationKind.TRAINING_PROVIDER, "ES")
#: The partner from Finland [001].
RIVERIA = _org("Profesionālas izglītības un apmācības centrs “RIVERIA”", OrganisationKind.TRAINING_PROVIDER, "FI")

_PARTNERSHIP_AIM = (
    "uzlabot izglītības kvalitāti un nodrošināt nepārtrauktu profesionālās izglītības pedagogu un karjeras attīstības "
    "atbalsta speciālistu profesionālo izaugsmi un izstrādāt karjeras attīstības atbalsta programmas un nodrošināt "
    "apmācības iespējas"
)
_JELGAVA_MATERIAL = "Inovatīvas karjeras atbalsta un konsultēšanas stratēģija veiksmīgai karjerai"

#: Erasmus+ partnership "S.O.S. karjera panākumiem" [001].
#:
#: * Format: [001] calls it "stratēģiskās partnerības projekts", the 2014-2020
#:   name; it may be a 2021-2027 cooperation partnership described with the
#:   old label (SOURCES §7, inference).  Its 7 organisations from 7 countries
#:   meet either rule set.  Period, call year and project id: not given.
#: * Meeting: Arad, "šā gada 18. un 19.maijā" -- the year is not stated, so
#:   the dates stay unknown; [001] says six EU member states met (RO, LV, IT,
#:   PT, ES, FI; Turkey is not a member state).
#: * Trainings: Jelgava novads leads the first international training "šā
#:   gada oktobrī" (held in Latvia: assumed); trainings "of this kind" in
#:   Spain and Finland, hosted (assumed) by the partner from each country.
SOS_CAREER_PARTNERSHIP = Partnership(
    title="S.O.S. karjera panākumiem",
    format=PartnershipFormat.STRATEGIC_2014_2020,
    coordinator=ARAD_COUNTY_EDUCATION_BOARD,
    partners=(
        JELGAVA_NOVADS_EDUCATION_BOARD,
        CERSEO,
        OSMANIYE_EDUCATION_DIRECTORATE,
        MOBILITY_FRIENDS,
        HIPERACTIVITY,
        RIVERIA,
    ),
    aim=_PARTNERSHIP_AIM,
    meetings=(
        Meeting(
            place="Aradas pilsētas Izglītības pārvalde, Arada",
            country="RO",
            note=(
                "šā gada 18. un 19.maijā (gads nav norādīts): pārrunāti projekta nosacījumi, uzdevumi un sastādīts "
                "aktivitāšu plāns"
            ),
        ),
    ),
    trainings=(
        TrainingEvent(
            host=JELGAVA_NOVADS_EDUCATION_BOARD,
            scope=TrainingScope.INTERNATIONAL,
            country="LV",
            month=10,
            note=(
                "pirmās starptautiskās apmācības, šā gada oktobrī (gads nav norādīts); "
                f"mācību materiāls “{_JELGAVA_MATERIAL}”"
            ),
        ),
        TrainingEvent(
            host=HIPERACTIVITY,
            scope=TrainingScope.INTERNATIONAL,
            country="ES",
            note='"Šāda veida apmācības tiks organizētas arī Spānijā"; host assumed',
        ),
        TrainingEvent(
            host=RIVERIA,
            scope=TrainingScope.INTERNATIONAL,
            country="FI",
            note='"Šāda veida apmācības tiks organizētas arī ... Somijā"; host assumed',
        ),
    ),
    outputs=(
        Output(
            kind=OutputKind.TRAINING_PROGRAMME,
            title="karjeras attīstības atbalsta apmācību programma pedagogiem un karjeras speciālistiem",
        ),
        Output(kind=OutputKind.TRAINING_MATERIAL, title=_JELGAVA_MATERIAL),
        Output(
            kind=OutputKind.ONLINE_PLATFORM,
            title="tiešsaistes platforma satura materiāliem",
            details=(
                "noderīgi rīki profesionāļiem",
                "e-mācību moduļi",
                "lejupielādējams profesionālo konsultāciju rīku komplekts",
                "informācija audzēkņiem, skolēniem un pedagogiem",
            ),
        ),
        Output(kind=OutputKind.CAREER_GUIDE, title="Ko darīsi rīt?"),
        Output(kind=OutputKind.COUNSELLING_EVENT, title="profesionālās konsultēšanas pasākumi"),
        Output(kind=OutputKind.LOCAL_SEMINAR, title="vietēja mēroga semināri"),
        Output(kind=OutputKind.FINAL_CONFERENCE, title="noslēguma konference par projekta rezultātiem"),
    ),
)
