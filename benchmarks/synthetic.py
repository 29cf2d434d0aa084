"""Synthetic French bulletins and names, for benchmarks and the register's reliability tests.

Names follow a skewed distribution (a few common surnames, many rare ones), as in a real
network; every bulletin is a valid input for ``reseau ingest``.
"""

from __future__ import annotations

import random

FIRST = ["Marie", "Jean", "Sophie", "Pierre", "Julie", "Marc", "Nadia", "Luc", "Claire", "Karim", "Amina", "Louis",
         "Isabelle", "Hugo", "Léa", "Thomas", "Inès", "Paul", "Camille", "Olivier", "Sarah", "David", "Emma", "Yann",
         "Fatou", "Ousmane", "Chloé", "Mathieu", "Élodie", "Nicolas", "Anne", "François", "Laura", "Samir", "Aline"]
LAST = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné", "Ouellet",
        "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard", "Simard", "Boucher", "Caron",
        "Beaulieu", "Cloutier", "Dubé", "Poirier", "Fournier", "Lapointe", "Leclerc", "Lefebvre", "Martin", "Diallo",
        "Ndiaye", "Benali", "Rossi", "Ferrari", "Dubois", "Lambert", "Fontaine", "Rousseau", "Vincent", "Mercier"]
CITIES = ["Montréal", "Québec", "Laval", "Gatineau", "Sherbrooke", "Lyon", "Lille", "Bordeaux", "Nantes", "Genève",
          "Lausanne", "Namur", "Liège", "Dakar", "Rabat", "Tunis", "Moncton", "Ottawa", "Toulouse", "Marseille"]
ORG_PATTERNS = ["Service de police de {city}", "Ville de {city}", "Université de {city}", "Observatoire de la sécurité de {city}",
                "Association pour la prévention de {city}", "Centre de médiation de {city}", "Office municipal de {city}",
                "Maison de la justice de {city}", "Institut de criminologie de {city}", "Réseau des quartiers de {city}"]
TITLES = ["directrice générale", "directeur", "cheffe de la prévention", "conseiller principal", "coordonnatrice",
          "chargé de projets", "secrétaire général", "présidente", "analyste", "commandant"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
TOPICS = ["la sécurité urbaine", "les violences conjugales", "la police de proximité", "la cybercriminalité",
          "la traite des personnes", "la violence en milieu scolaire"]


def skewed(rng: random.Random, items: list[str]) -> str:
    """A name drawn with a long tail: the first items much more often than the last."""
    return items[min(int(rng.paretovariate(1.2)) - 1, len(items) - 1)]


def person_name(rng: random.Random) -> str:
    """A plausible full name."""
    return f"{skewed(rng, FIRST)} {skewed(rng, LAST)}"


def organization_name(rng: random.Random) -> str:
    """A plausible organization name."""
    return rng.choice(ORG_PATTERNS).format(city=rng.choice(CITIES))


FEMININE = {"Ville", "Maison"}


def of(org: str) -> str:
    """« de l’Université », « de la Ville », « du Service »."""
    first = org.split()[0]
    if first[0] in "AEIOUÉ":
        return f"de l’{org}"
    return f"de la {org}" if first in FEMININE else f"du {org}"


def bulletin(rng: random.Random, number: int, publisher: str = "Réseau québécois de prévention", acronym: str = "RQP") -> str:
    """A bulletin of three news items: two meetings and a hire."""
    month = MONTHS[rng.randrange(12)]
    items = [f"Bulletin numéro {number} du {publisher}\n"]
    for _ in range(2):
        items.append(f"Rencontre avec un partenaire\n\nLe {rng.randint(1, 28)} {month}, à {rng.choice(CITIES)}, "
                     f"le {publisher} ({acronym}) a rencontré {person_name(rng)}, {rng.choice(TITLES)} "
                     f"{of(organization_name(rng))}, pour parler de {rng.choice(TOPICS)}.\n")
    items.append(f"Une nouvelle employée\n\nEn {month}, le {acronym} a accueilli une nouvelle employée : {person_name(rng)}.\n")
    return "\n".join(items)
