"""Hypothesis profiles: CI draws the same examples on every run (a red build then says the change broke it, not
the draw); elsewhere each run draws new ones, so the properties keep being searched."""
import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
