"""The benchmark scripts keep working (tiny sizes; no timings are asserted here)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).parents[2] / "bench"


@pytest.mark.parametrize("script,args,expect", [
    ("knowledge.py", [], "load"),
    ("extract.py", ["--docs", "20", "--repeat", "1"], "docs/s"),
    ("check.py", ["--events", "3000", "--claims", "30", "--adhoc", "10"], "check"),
])
def test_bench_script_runs_and_prints_its_figures(script, args, expect):
    res = subprocess.run([sys.executable, str(BENCH / script), *args], capture_output=True, text=True,
                         timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    assert expect in res.stdout
