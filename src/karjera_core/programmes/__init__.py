"""The programmes of the seeds, one package each, each owning its rules and its ready-made indicators (layer 6).

Every programme package has the same shape: ``parameters`` (its dated rule
tables, each step beside its law), its records, ``checks`` (one check per
rule, in rule order, and ``check()`` running them all), ``catalogue``
(``facts()`` and ``indicators(targets)``), its figures and ``examples`` --
and the same verbs: ``check``, ``facts``, ``indicators``, ``figures``.

* :mod:`karjera_core.programmes.career_support` -- ESF 8.3.5 career support (C-1 ... C-10);
* :mod:`karjera_core.programmes.pumpurs` -- ESF 8.3.4 PuMPuRS, early school leaving (P-1 ... P-7);
* :mod:`karjera_core.programmes.teacher_support` -- ESF+ teacher professional support, 2024-2029 (I-5);
* :mod:`karjera_core.programmes.erasmus` -- Erasmus+ partnerships (E-1 ... E-3).
"""

from __future__ import annotations

__all__: list[str] = []


def __dir__() -> list[str]:
    return sorted(__all__)
