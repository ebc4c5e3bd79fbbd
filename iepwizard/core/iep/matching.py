"""Pair last year's goals, services and accommodations with this year's."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from .textutil import normal, words

T = TypeVar("T")
_FILLER = frozenset({"services", "service", "individual", "group", "support", "instruction",
                     "specialized", "special", "education", "therapy", "program"})


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def pair(old: Sequence[T], new: Sequence[T], key: Callable[[T], str],
         similar: Callable[[T, T], float], threshold: float) -> tuple[
             list[tuple[T, T]], list[T], list[T]]:
    """(matched pairs, old ones with no match, new ones with no match): equal keys first, then
    the most similar pairs above the threshold."""
    pairs: list[tuple[T, T]] = []
    left = list(old)
    right = list(new)
    for item in list(left):
        same = next((other for other in right if key(other) == key(item) and key(item)), None)
        if same is not None:
            pairs.append((item, same))
            left.remove(item)
            right.remove(same)
    scored = sorted(((similar(a, b), i, j) for i, a in enumerate(left)
                     for j, b in enumerate(right)), key=lambda s: -s[0])
    used_left: set[int] = set()
    used_right: set[int] = set()
    for score, i, j in scored:
        if score < threshold or i in used_left or j in used_right:
            continue
        pairs.append((left[i], right[j]))
        used_left.add(i)
        used_right.add(j)
    return (pairs, [a for i, a in enumerate(left) if i not in used_left],
            [b for j, b in enumerate(right) if j not in used_right])


def name_key(name: str) -> str:
    return normal(name)


def name_similarity(a: str, b: str) -> float:
    wa, wb = words(a) - _FILLER, words(b) - _FILLER
    return jaccard(wa, wb) if wa and wb else jaccard(words(a), words(b))
