"""Exact-match span scores (precision, recall, F1) per entity type and overall."""

from __future__ import annotations

from collections.abc import Sequence

ENTITY_TYPES = ("PER", "LOC", "ORG")
Span = tuple[int, int, str]


def score_spans(gold: Sequence[Sequence[Span]], predicted: Sequence[Sequence[Span]]) -> dict[str, dict[str, float]]:
    """Per type and ``ALL``: a predicted span counts only if start, end and label all match a gold span."""
    counts = {kind: [0, 0, 0] for kind in (*ENTITY_TYPES, "ALL")}  # true positives, predicted, gold
    for gold_spans, predicted_spans in zip(gold, predicted, strict=True):
        gold_set = {tuple(s) for s in gold_spans}
        predicted_set = {tuple(s) for s in predicted_spans}
        for span in predicted_set:
            hit = span in gold_set
            for key in (span[2], "ALL"):
                counts[key][0] += hit
                counts[key][1] += 1
        for span in gold_set:
            counts[span[2]][2] += 1
            counts["ALL"][2] += 1
    scores: dict[str, dict[str, float]] = {}
    for key, (true_positives, n_predicted, n_gold) in counts.items():
        precision = true_positives / n_predicted if n_predicted else 0.0
        recall = true_positives / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[key] = {"p": round(precision, 4), "r": round(recall, 4), "f1": round(f1, 4), "gold": n_gold}
    return scores
