"""Entry point that registers the library's strategies with hypothesis.

Installed as ``[project.entry-points.hypothesis]``, so that
``st.from_type(karjera_core.Project)`` works in any project that installs the
package.  It imports hypothesis only when hypothesis itself calls it.
"""

from __future__ import annotations

import sys


def _hypothesis_setup_hook() -> None:
    if "karjera_core.strategies" in sys.modules:
        # karjera_core.strategies is the module importing hypothesis right now
        # (or has done so already): it registers its strategies when it finishes.
        return
    from karjera_core.strategies import register_type_strategies

    register_type_strategies()
