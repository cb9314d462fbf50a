"""Defaults the command line shows in its help, kept in a module that imports nothing, so that
`corpus --help` does not import the stages that use them."""

MAX_BLOCK_CHARS = 100_000
"""A 'paragraph' longer than this is not article text (a data dump, a file with no line breaks)."""

DEFAULT_PAIR_THRESHOLD = 0.62
"""The score a pair needs by default: on the development build the four true pairs score 0.71-0.98 and
the best false candidate 0.55; the threshold sits between, a little nearer the false side."""
