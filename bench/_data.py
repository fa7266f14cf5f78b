"""Where the shared benchmark data lives (read in place, never copied into the project)."""

from __future__ import annotations

import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
DATA = PROJECT.parent / "shared" / "data" / "extraction-benchmarks"
SHARED = PROJECT.parent / "shared"

if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))
