"""Where to draw each node of a large network, worked out on the server.

A browser's force layout took 16 to 40 seconds on 2,000 nodes; this Fruchterman–Reingold
layout in numpy takes about a second, and the page then only has to paint. Repulsion
between all pairs is one matrix product per step; a little gravity keeps the scattered
small groups near the centre instead of at the edges.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

SIZE = 1000.0  # positions are scaled into a SIZE × SIZE square


def spread(nodes: Sequence[str], links: Sequence[tuple[str, str]], *, steps: int = 60,
           seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions of the nodes (the same for the same graph) so that linked nodes sit close."""
    count = len(nodes)
    if count == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = [(index[a], index[b]) for a, b in links if a in index and b in index and a != b]
    source = np.array([a for a, _ in pairs], dtype=np.int64)
    target = np.array([b for _, b in pairs], dtype=np.int64)
    position = np.random.default_rng(seed).random((count, 2), dtype=np.float32)
    k2 = np.float32(1.0 / count)  # the square of the ideal distance between neighbours
    k = np.sqrt(k2)
    temperature, cooling = 0.1, 0.1 / (steps + 1)
    for _ in range(steps):
        squares = (position * position).sum(1)
        distance2 = position @ position.T
        distance2 *= -2
        distance2 += squares[:, None]
        distance2 += squares[None, :]
        np.maximum(distance2, 1e-6, out=distance2)
        weight = np.divide(k2, distance2, out=distance2)
        np.fill_diagonal(weight, 0)
        move = position * weight.sum(1)[:, None] - weight @ position  # repulsion k²/d from every node
        if len(pairs):
            pull = position[source] - position[target]
            pull *= (np.sqrt((pull * pull).sum(1)) / k)[:, None]  # attraction d²/k along each link
            np.add.at(move, source, -pull)
            np.add.at(move, target, pull)
        move -= (position - position.mean(0)) * (0.05 * count * k2)
        length = np.sqrt((move * move).sum(1))
        np.maximum(length, 1e-9, out=length)
        position += move * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    low, high = position.min(0), position.max(0)
    scaled = (position - low) / np.maximum(high - low, 1e-9) * SIZE
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, scaled)}
