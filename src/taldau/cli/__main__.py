"""`python -m taldau.cli`: the `taldau` program."""
from taldau.cli import main

main()
