"""Names bound now, imported on first use: what keeps `corpus --help` from importing the whole stack.

`corpus --help`, `corpus info` and an unchanged rebuild need neither pyarrow's compute kernels, DuckDB,
the annotation pipeline nor the report; the command line binds the names it uses through these and
each command imports what it calls when it calls it (tests/test_startup.py keeps it so).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType
from typing import Any


class LazyModule(ModuleType):
    """A module imported on its first attribute read (``pa.ArrowException`` in an ``except`` clause is
    read only when an exception reaches that clause)."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self._lazy_name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(importlib.import_module(self._lazy_name), attribute)


def lazy_function(module: str, name: str) -> Callable[..., Any]:
    """A stand-in for ``module.name`` (a function or class) that imports the module when called."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = f"{module}.{name}, imported on first call."
    return call
