"""Shared test helpers: where the third-party dev set lives, when it is present."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "dev"

needs_shared = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/dev is absent")
