"""Bounds on what one input may cost. Every layer may read them; each is enforced where it applies."""

MAX_INPUT_BYTES = 25 * 1024 * 1024  # larger files are refused with a clear failure, not read into memory
# Text the grammar is given must be prose: some of its rules cost O(n^2) in the length of one sentence, so
# without these limits one hostile page ("Li Ming, " repeated for 900 KB) keeps a run busy for hours.
# The development corpus's longest sentence is 933 characters and its longest text 13,226.
MAX_SENTENCE_CHARS = 3_000
MAX_TEXT_CHARS = 500_000
