"""The targets list on the third-party dev set (``../shared/dev``), through its own scorer."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import DEV, SHARED, needs_shared


@needs_shared
def test_targets_on_dev_set():
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score"), "--gold", str(DEV), "--json"],
                         capture_output=True, text=True, check=True, timeout=300)
    targets = json.loads(out.stdout)["lists"]["targets"]
    assert targets["bad_offsets"] == 0
    assert targets["f1"] >= 0.95
    for attribute in ("unit", "qualifier", "status"):
        assert targets["attributes"][attribute] >= 0.90, attribute
