"""The succession of Latvian municipalities across the reforms of 2021 and 2025 (rule O-2), with its sources.

Plain data only: :mod:`karjera_core.organisations` turns each row into a
:class:`~karjera_core.organisations.Succession`.  A row is
``(predecessor, successor, part)``: the names of a municipality and of the
one its territory (or, when ``part`` is given, that part of it) became part
of on the first day of the successor.

* **2021-07-01** (:data:`SUCCESSION_2021`): each of the 119 municipalities of
  2011-2021 into the 43 of the Administratīvo teritoriju un apdzīvoto vietu
  likums of 2020-06-10, annex "Novadu administratīvās teritorijas un to
  teritoriālā iedalījuma vienības" (https://likumi.lv/ta/id/315654; English:
  https://likumi.lv/ta/en/en/id/315654-law-on-administrative-territories-and-populated-areas),
  which lists the towns and parishes (the territorial units, unchanged by the
  reform) of each new municipality.  The table is compiled from those lists:
  an old novads went whole into one new municipality, except **Inčukalna
  novads, which was split**: Vangažu pilsēta into Ropažu novads, Inčukalna
  pagasts into Siguldas novads (Siguldas novads: "agrākais Siguldas novads,
  Inčukalna novada Inčukalna pagasts, Krimuldas novads un Mālpils novads",
  https://lv.wikipedia.org/wiki/Siguldas_novads ; Ropažu novads: "Ropažu
  novads, Garkalnes novads, Stopiņu novads un Inčukalna novada Vangažu
  pilsēta", https://vietagimenei.lv/pasvaldibas/ropazu-novada-pasvaldiba/ ).
  Cross-checked against the territorial units per municipality in
  https://wikiclassic.com/wiki/Republican_cities_of_Latvia and, for the
  non-obvious cases, Smiltene ("To the Smiltene municipality for 1st July had
  joined Ape and Rauna counties",
  https://smiltenesnovads.lv/en/blog/class/process-of-administrative-territorial-reform-in-smiltene-municipality/)
  and Valmiera (city of Valmiera with Beverīna, Burtnieki, Kocēni, Mazsalaca,
  Naukšēni, Rūjiena and Strenči, https://en.wikipedia.org/wiki/Valmiera_Municipality).
  The republic cities Jēkabpils and Valmiera became part of Jēkabpils novads
  and Valmieras novads; the other seven went on as state cities.  Skultes
  pagasts, first put into Saulkrastu novads, stayed in Limbažu novads by the
  amendment of 2021-03-18 (data.gov.lv, https://data.gov.lv/dati/lv/dataset/atvk).
  The full text of the annex was not in the stored corpora: the table rests
  on the sources above, not on a reading of the annex itself.  A planned
  division of Garkalnes pagasts between Ropažu and Ādažu novads (transitional
  provision 28 of the same law,
  https://www.ropazi.lv/lv/jaunums/no-30-oktobra-lidz-28-novembrim-notiek-publiska-apspriesana-un-iedzivotaju-aptauja-par-garkalnes-pagasta-sadalisanas-plana-izstradi
  ) had not taken effect
  by the data's vintage and is not shipped.
* **2025-07-01** (:data:`SUCCESSION_2025`): Varakļānu novads and Madonas
  novads (2021-2025) into Madonas novads (from 2025-07-01); sources in
  ``karjera_core._municipality_data``.  The other 41 municipalities go on
  unchanged (the same objects).
"""

from __future__ import annotations

Row = tuple[str, str, str | None]

#: The 119 municipalities of 2011-2021 and the municipality of 2021 each (or a part of it) became part of.
SUCCESSION_2021: tuple[Row, ...] = (
    ("Aglonas novads", "Preiļu novads", None),
    ("Aizkraukles novads", "Aizkraukles novads", None),
    ("Aizputes novads", "Dienvidkurzemes novads", None),
    ("Aknīstes novads", "Jēkabpils novads", None),
    ("Alojas novads", "Limbažu novads", None),
    ("Alsungas novads", "Kuldīgas novads", None),
    ("Alūksnes novads", "Alūksnes novads", None),
    ("Amatas novads", "Cēsu novads", None),
    ("Apes novads", "Smiltenes novads", None),
    ("Auces novads", "Dobeles novads", None),
    ("Ādažu novads", "Ādažu novads", None),
    ("Babītes novads", "Mārupes novads", None),
    ("Baldones novads", "Ķekavas novads", None),
    ("Baltinavas novads", "Balvu novads", None),
    ("Balvu novads", "Balvu novads", None),
    ("Bauskas novads", "Bauskas novads", None),
    ("Beverīnas novads", "Valmieras novads", None),
    ("Brocēnu novads", "Saldus novads", None),
    ("Burtnieku novads", "Valmieras novads", None),
    ("Carnikavas novads", "Ādažu novads", None),
    ("Cesvaines novads", "Madonas novads", None),
    ("Cēsu novads", "Cēsu novads", None),
    ("Ciblas novads", "Ludzas novads", None),
    ("Dagdas novads", "Krāslavas novads", None),
    ("Daugavpils", "Daugavpils", None),
    ("Daugavpils novads", "Augšdaugavas novads", None),
    ("Dobeles novads", "Dobeles novads", None),
    ("Dundagas novads", "Talsu novads", None),
    ("Durbes novads", "Dienvidkurzemes novads", None),
    ("Engures novads", "Tukuma novads", None),
    ("Ērgļu novads", "Madonas novads", None),
    ("Garkalnes novads", "Ropažu novads", None),
    ("Grobiņas novads", "Dienvidkurzemes novads", None),
    ("Gulbenes novads", "Gulbenes novads", None),
    ("Iecavas novads", "Bauskas novads", None),
    ("Ikšķiles novads", "Ogres novads", None),
    ("Ilūkstes novads", "Augšdaugavas novads", None),
    ("Inčukalna novads", "Ropažu novads", "Vangažu pilsēta"),
    ("Inčukalna novads", "Siguldas novads", "Inčukalna pagasts"),
    ("Jaunjelgavas novads", "Aizkraukles novads", None),
    ("Jaunpiebalgas novads", "Cēsu novads", None),
    ("Jaunpils novads", "Tukuma novads", None),
    ("Jelgava", "Jelgava", None),
    ("Jelgavas novads", "Jelgavas novads", None),
    ("Jēkabpils", "Jēkabpils novads", None),
    ("Jēkabpils novads", "Jēkabpils novads", None),
    ("Jūrmala", "Jūrmala", None),
    ("Kandavas novads", "Tukuma novads", None),
    ("Kārsavas novads", "Ludzas novads", None),
    ("Kocēnu novads", "Valmieras novads", None),
    ("Kokneses novads", "Aizkraukles novads", None),
    ("Krāslavas novads", "Krāslavas novads", None),
    ("Krimuldas novads", "Siguldas novads", None),
    ("Krustpils novads", "Jēkabpils novads", None),
    ("Kuldīgas novads", "Kuldīgas novads", None),
    ("Ķeguma novads", "Ogres novads", None),
    ("Ķekavas novads", "Ķekavas novads", None),
    ("Lielvārdes novads", "Ogres novads", None),
    ("Liepāja", "Liepāja", None),
    ("Limbažu novads", "Limbažu novads", None),
    ("Līgatnes novads", "Cēsu novads", None),
    ("Līvānu novads", "Līvānu novads", None),
    ("Lubānas novads", "Madonas novads", None),
    ("Ludzas novads", "Ludzas novads", None),
    ("Madonas novads", "Madonas novads", None),
    ("Mazsalacas novads", "Valmieras novads", None),
    ("Mālpils novads", "Siguldas novads", None),
    ("Mārupes novads", "Mārupes novads", None),
    ("Mērsraga novads", "Talsu novads", None),
    ("Naukšēnu novads", "Valmieras novads", None),
    ("Neretas novads", "Aizkraukles novads", None),
    ("Nīcas novads", "Dienvidkurzemes novads", None),
    ("Ogres novads", "Ogres novads", None),
    ("Olaines novads", "Olaines novads", None),
    ("Ozolnieku novads", "Jelgavas novads", None),
    ("Pārgaujas novads", "Cēsu novads", None),
    ("Pāvilostas novads", "Dienvidkurzemes novads", None),
    ("Pļaviņu novads", "Aizkraukles novads", None),
    ("Preiļu novads", "Preiļu novads", None),
    ("Priekules novads", "Dienvidkurzemes novads", None),
    ("Priekuļu novads", "Cēsu novads", None),
    ("Raunas novads", "Smiltenes novads", None),
    ("Rēzekne", "Rēzekne", None),
    ("Rēzeknes novads", "Rēzeknes novads", None),
    ("Riebiņu novads", "Preiļu novads", None),
    ("Rīga", "Rīga", None),
    ("Rojas novads", "Talsu novads", None),
    ("Ropažu novads", "Ropažu novads", None),
    ("Rucavas novads", "Dienvidkurzemes novads", None),
    ("Rugāju novads", "Balvu novads", None),
    ("Rundāles novads", "Bauskas novads", None),
    ("Rūjienas novads", "Valmieras novads", None),
    ("Salacgrīvas novads", "Limbažu novads", None),
    ("Salaspils novads", "Salaspils novads", None),
    ("Salas novads", "Jēkabpils novads", None),
    ("Saldus novads", "Saldus novads", None),
    ("Saulkrastu novads", "Saulkrastu novads", None),
    ("Sējas novads", "Saulkrastu novads", None),
    ("Siguldas novads", "Siguldas novads", None),
    ("Skrīveru novads", "Aizkraukles novads", None),
    ("Skrundas novads", "Kuldīgas novads", None),
    ("Smiltenes novads", "Smiltenes novads", None),
    ("Stopiņu novads", "Ropažu novads", None),
    ("Strenču novads", "Valmieras novads", None),
    ("Talsu novads", "Talsu novads", None),
    ("Tērvetes novads", "Dobeles novads", None),
    ("Tukuma novads", "Tukuma novads", None),
    ("Vaiņodes novads", "Dienvidkurzemes novads", None),
    ("Valkas novads", "Valkas novads", None),
    ("Valmiera", "Valmieras novads", None),
    ("Varakļānu novads", "Varakļānu novads", None),
    ("Vārkavas novads", "Preiļu novads", None),
    ("Vecpiebalgas novads", "Cēsu novads", None),
    ("Vecumnieku novads", "Bauskas novads", None),
    ("Ventspils", "Ventspils", None),
    ("Ventspils novads", "Ventspils novads", None),
    ("Viesītes novads", "Jēkabpils novads", None),
    ("Viļakas novads", "Balvu novads", None),
    ("Viļānu novads", "Rēzeknes novads", None),
    ("Zilupes novads", "Ludzas novads", None),
)

#: The municipalities of 2021-2025 whose territory became part of Madonas novads on 2025-07-01.
SUCCESSION_2025: tuple[Row, ...] = (
    ("Madonas novads", "Madonas novads", None),
    ("Varakļānu novads", "Madonas novads", None),
)
