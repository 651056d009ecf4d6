"""karjera_core: validated, immutable objects and dated rules for Latvian education support projects.

The public names are re-exported here; see ``__all__``.  Nothing in the
library reads the clock, the environment or a file: time comes in as ``on=``
or ``as_of=``.

>>> from karjera_core import SchoolYear, Money
>>> str(SchoolYear(2016)), Money("1.5").amount
('2016./2017.', Decimal('1.50'))
"""

from __future__ import annotations

from karjera_core.errors import PersonalDataRejected, Problem, ValidationError, Violation, raise_violations
from karjera_core.money import Money
from karjera_core.serialization import make_converter, structure, unstructure
from karjera_core.time import (
    DateRange,
    Quarter,
    SchoolYear,
    Semester,
    parse_lv_date,
    parse_lv_period,
    yearly_windows,
)

__version__ = "0.1.0"

__all__ = [
    "DateRange",
    "Money",
    "PersonalDataRejected",
    "Problem",
    "Quarter",
    "SchoolYear",
    "Semester",
    "ValidationError",
    "Violation",
    "__version__",
    "make_converter",
    "parse_lv_date",
    "parse_lv_period",
    "raise_violations",
    "structure",
    "unstructure",
    "yearly_windows",
]
