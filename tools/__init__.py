"""Offline build and training scripts, run from the repository root as `python -m tools.<stage>.<script>`; not part of the installed package."""
