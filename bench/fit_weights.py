"""Fit the similarity model's few weights on the MSRP training split, with 10-fold CV.

    python bench/fit_weights.py [--data ../shared/data]

Prints the weights to paste into reader/analysis/weights.py and the cross-validated
accuracy (each fold scored by weights fitted without it), which is what to expect on the
held-back data. Plain logistic regression (Newton's method): no numpy needed.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.datasets import DEFAULT_DATA, read_msrp  # noqa: E402
from reader.analysis.profile import profile  # noqa: E402
from reader.analysis.similarity import similarity  # noqa: E402


def features(a: str, b: str) -> tuple[float, ...]:
    return similarity(profile(a), profile(b)).vector()


def fit(rows: list[tuple[tuple[float, ...], int]], iterations: int = 25, l2: float = 1e-2):
    """Logistic regression by Newton's method (IRLS): converges in a few steps, no numpy."""
    dims = len(rows[0][0]) + 1  # the last weight is the bias
    w = [0.0] * dims
    for _ in range(iterations):
        hessian = [[l2 if i == j else 0.0 for j in range(dims)] for i in range(dims)]
        gradient = [l2 * wi for wi in w]
        for x, y in rows:
            xb = (*x, 1.0)
            p = 1.0 / (1.0 + math.exp(-sum(wi * xi for wi, xi in zip(w, xb, strict=True))))
            weight = p * (1 - p)
            for i in range(dims):
                gradient[i] += (p - y) * xb[i]
                row = hessian[i]
                scaled = weight * xb[i]
                for j in range(dims):
                    row[j] += scaled * xb[j]
        step = _solve(hessian, gradient)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
    return w[:-1], w[-1]


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting."""
    n = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            for c in range(col, n + 1):
                a[r][c] -= factor * a[col][c]
    solution = [0.0] * n
    for r in range(n - 1, -1, -1):
        solution[r] = (a[r][n] - sum(a[r][c] * solution[c] for c in range(r + 1, n))) / a[r][r]
    return solution


def accuracy(rows, weights, bias, threshold=0.5) -> float:
    right = 0
    for x, y in rows:
        z = bias + sum(w * v for w, v in zip(weights, x, strict=True))
        right += (1.0 / (1.0 + math.exp(-z)) >= threshold) == bool(y)
    return right / len(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=10)
    options = parser.parse_args()
    pairs = read_msrp(options.data)
    if pairs is None:
        print(f"no MSRP data under {options.data}; nothing to fit")
        return 0
    rows = [(features(a, b), label) for label, a, b in pairs]
    order = list(range(len(rows)))
    random.Random(0).shuffle(order)
    fold_scores = []
    for k in range(options.folds):
        test = [rows[i] for i in order[k :: options.folds]]
        train = [rows[i] for j, i in enumerate(order) if j % options.folds != k]
        weights, bias = fit(train)
        fold_scores.append(accuracy(test, weights, bias))
    weights, bias = fit(rows)
    print(f"cross-validated accuracy: {sum(fold_scores) / len(fold_scores):.4f}")
    print(f"training accuracy: {accuracy(rows, weights, bias):.4f}")
    print(f"WEIGHTS = ({', '.join(f'{w:.3f}' for w in weights)})")
    print(f"BIAS = {bias:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
