"""``python -m newsbrief.cli``: the same as the ``newsbrief`` command."""

from newsbrief.cli import run

run()
