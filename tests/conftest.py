"""Hypothesis profiles: CI draws the same examples on every run (a red build then says the change broke it, not
the draw); elsewhere each run draws new ones, so the properties keep being searched. Neither fails a test because
drawing its examples was slow: the tests assert what the code does, and a loaded machine (2 cores shared by
benchmarks) slows the drawing, not the code under test; nor because one example ran past a deadline on such a machine
(the properties are invariants of the output; speed is the benchmarks' to measure)."""
import os

from hypothesis import HealthCheck, settings

QUIET = (HealthCheck.too_slow,)
settings.register_profile("ci", derandomize=True, print_blob=True, suppress_health_check=QUIET, deadline=None)
settings.register_profile("dev", suppress_health_check=QUIET, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
