"""« le directeur général de mairie, M. B », « le chef de caserne »: a title whose complement is the
bare head noun of a body (no article, no name) speaks of the one body of that head the item names."""

from __future__ import annotations

import re

from reseau.names import strip_accents

BARE_HEAD = re.compile(r"\s*(?:de|d['’])\s*([a-zéèêàâîôûç-]+)(?=\s*[,;.)]|\s+(?:et|qui)\b)")


def bare_head_bodies(ctx) -> None:
    """Give a role without a body the item's one body whose name opens on the bare noun after its title."""
    text = ctx.facts.text
    for role in ctx.facts.roles:
        if role.org is not None or not role.title:
            continue
        found = BARE_HEAD.match(text, role.end)
        if found is None:
            continue
        head = strip_accents(found.group(1)).casefold()
        bodies = {i for i, o in enumerate(ctx.facts.orgs)
                  if strip_accents(o.name.split()[0]).casefold() == head} if head else set()
        names = {ctx.facts.orgs[i].name for i in bodies}
        if len(names) == 1:
            role.org, role.org_from = min(bodies), "text"
            role.title, role.end = f"{role.title} {text[role.end:found.end()].strip()}", found.end()


def held_before(facts, person: int, title: str, before: int) -> int | None:
    """« le maire X » after « le maire de la commune de Y, El Hadj Z X »: a bare title the person (or one
    whose full name ends on this name) was given earlier in the item with a body is that post again, not one in
    the body of its kind named last."""
    key, name = title.casefold(), facts.people[person].name
    same = {i for i, p in enumerate(facts.people) if p.name == name or p.name.endswith(f" {name}")
            or p.name.startswith(f"{name} ")}  # a surname written first (« Soumah Kerfalla »)
    return next((r.org for r in reversed(facts.roles) if r.person in same and r.org is not None
                 and r.start < before and r.title.casefold().startswith(key)), None)
