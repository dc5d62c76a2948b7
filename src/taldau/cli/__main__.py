"""`python -m taldau.cli`."""
from taldau.cli import app

app()
