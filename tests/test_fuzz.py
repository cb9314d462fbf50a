"""Seeded fuzzing of the whole annotation path: a few hundred generated hostile articles go through
ingest, every stage and the Arrow tables, in the build's own code; none may raise, and every span of
every table must be the text at its offsets (benchmarks/fuzz.py runs the same on 10,000 inputs)."""

from __future__ import annotations

import pytest

from tests.fuzzing import annotate_and_check, generate

N_INPUTS = 300
BATCH = 50


@pytest.mark.parametrize("first", range(0, N_INPUTS, BATCH))
def test_generated_articles_keep_every_offset(first: int) -> None:
    texts = [generate(seed, target_chars=200 + 40 * (seed % 10)) for seed in range(first, first + BATCH)]
    assert annotate_and_check(texts) == []


def test_generation_is_seeded() -> None:
    assert generate(7) == generate(7) and generate(7) != generate(8)
