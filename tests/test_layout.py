"""The server-side layout of a large network: linked nodes close, groups apart, the same
drawing for the same graph."""

from __future__ import annotations

import math
import random

from reseau.query.layout import SIZE, spread


def _two_groups() -> tuple[list[str], list[tuple[str, str]]]:
    rng = random.Random(3)
    nodes = [f"a{i}" for i in range(150)] + [f"b{i}" for i in range(150)]
    links = [(f"{g}{rng.randrange(150)}", f"{g}{rng.randrange(150)}") for g in "ab" for _ in range(600)]
    return nodes, links + [("a0", "b0")]


def test_linked_nodes_sit_closer_than_strangers():
    nodes, links = _two_groups()
    where = spread(nodes, links)
    linked = sum(math.dist(where[a], where[b]) for a, b in links) / len(links)
    strangers = sum(math.dist(where[f"a{i}"], where[f"b{i}"]) for i in range(150)) / 150
    assert linked < strangers / 2


def test_the_layout_fills_the_square_and_is_repeatable():
    nodes, links = _two_groups()
    where = spread(nodes, links)
    xs, ys = [x for x, _ in where.values()], [y for _, y in where.values()]
    assert min(xs) == 0 and max(xs) == SIZE and min(ys) == 0 and max(ys) == SIZE
    assert spread(nodes, links) == where
    assert spread([], []) == {} and spread(["seul"], []) == {"seul": (0.0, 0.0)}
