"""The standard normal distribution, from `math` alone (the `statistics` module costs the
command line ~15 ms to import)."""

from __future__ import annotations

from functools import lru_cache
from math import erf, exp, pi, sqrt

#: Worked out once: `inv_cdf` asks `cdf` sixty times.
_SQRT2 = sqrt(2)


def cdf(z: float) -> float:
    """The share of children below z standard deviations from the mean (0 to 1)."""
    return 0.5 * (1 + erf(z / _SQRT2))


def pdf(z: float) -> float:
    return exp(-z * z / 2) / sqrt(2 * pi)


@lru_cache(maxsize=1024)
def inv_cdf(p: float) -> float:
    """The z below which a share p (0 < p < 1) of children fall; by bisection, exact to
    far better than the whole percentiles shown. Kept for each share asked (the score finder
    asks it of each table row's percentile, to tell whether it is the score's: a report's
    percentiles are a few dozen, and sixty bisection steps cost ten microseconds)."""
    low, high = -10.0, 10.0
    for _ in range(60):
        middle = (low + high) / 2
        if 0.5 * (1 + erf(middle / _SQRT2)) < p:  # (`cdf`, written out: sixty calls less)
            low = middle
        else:
            high = middle
    return (low + high) / 2
