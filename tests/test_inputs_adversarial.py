"""Adversarial strings against every pass: no catastrophic backtracking, no crash.

Each pass runs in its own subprocess over strings built to make regexes backtrack
(long runs of digits, punctuation, capitalised words, title words, type words…); the
subprocess timeout is the time budget.  A linear pass does all of them in well under a
second; the budget leaves room for a busy machine.  On failure the message names the
pass and the string it was working on.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

SIZE = 20_000  # characters per string
BUDGET = 30  # seconds per pass, for every string together

RUNNER = r'''
import sys
from extractor.text import normalize

N = int(sys.argv[2])
STRINGS = {
    "digits": "1" * N, "digits-dots": "1." * (N // 2), "digits-commas": "1," * (N // 2),
    "digit-spaces": "1 " * (N // 2), "slashes": "1/" * (N // 2), "dashes": "1-" * (N // 2),
    "dots": "." * N, "punctuation": "!?.,;:-/()%" * (N // 11), "spaces": " " * N, "newlines": "\n" * N,
    "capitalised": "Nguyễn " * (N // 7), "capitalised-commas": "Nguyễn Văn, " * (N // 12),
    "upper": "A" * N, "upper-words": "TRƯƠNG HẢI " * (N // 11), "titles": "Bí thư " * (N // 7),
    "comrade": "đồng chí " * (N // 9), "comrade-titles": "đồng chí Bí thư, Phó Chủ tịch, " * (N // 31),
    "day-word": "ngày " * (N // 5), "years": "năm 2020 " * (N // 9), "quarters": "quý I/" * (N // 6),
    "dates": "1/1/2020 " * (N // 9), "date-chain": "1/1/1/1/" * (N // 8), "numbered": "số 1/" * (N // 5),
    "types": "Nghị quyết số " * (N // 14), "codes": "NQ/TU-" * (N // 6), "percents": "1% " * (N // 3),
    "qualifiers": "hơn " * (N // 4), "romans": "XIII " * (N // 5), "number-words": "một trăm " * (N // 9),
    "mixed": "a1/B2-c3.d4,%" * (N // 13), "long-number": "1" * 5000 + " đảng viên",
}
name = sys.argv[1]
if name == "pipeline":
    from extractor.pipeline import extract as run
else:
    run = __import__(f"extractor.{name}", fromlist=["find"]).find
failures = []
for key, s in STRINGS.items():
    print(key, flush=True)
    text = s if name == "pipeline" else normalize(s).text
    try:
        run(text)
    except Exception as e:
        failures.append(f"raises on {key}: {type(e).__name__}: {str(e)[:100]}")
print("; ".join(failures) if failures else "ok", flush=True)
sys.exit(3 if failures else 0)
'''


@pytest.mark.parametrize("name", ["dates", "documents", "officials", "targets", "pipeline"])
def test_pass_survives_adversarial_strings(name):
    try:
        p = subprocess.run([sys.executable, "-c", RUNNER, name, str(SIZE)], capture_output=True, text=True, timeout=BUDGET)
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
        working_on = out.split()[-1] if out.split() else "(start-up)"
        pytest.fail(f"{name}: over {BUDGET} s on adversarial strings; still working on {working_on!r}")
    assert p.returncode == 0 and p.stdout.endswith("ok\n"), f"{name}: {p.stdout.splitlines()[-1:]} {p.stderr[-500:]}"
