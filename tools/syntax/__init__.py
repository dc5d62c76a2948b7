"""Offline training of taldau.syntax's parser (`python -m tools.syntax.train`)."""
