"""French words for the kinds of records and activities, shared by the terminal and the pages."""

KIND_LABELS = {"meeting": "rencontre", "event": "événement", "agreement": "accord", "hire": "embauche", "publication": "publication",
               "mission": "mission", "visit": "visite de délégation", "organization": "organisation",
               "person": "personne", "activity": "activité", "document": "document", "role": "fonction"}

# Organization kinds are stored as short English codes (the extraction's data files use them).
ORG_KIND_LABELS = {"public body": "organisme public", "association": "association", "police": "police",
                   "research": "recherche", "network": "réseau", "city": "ville", "school": "école",
                   "diplomatic": "représentation diplomatique", "company": "entreprise", "university": "université",
                   "court": "tribunal", "programme": "programme", "ministry": "ministère",
                   "international organization": "organisation internationale", "UN body": "organisme des Nations unies",
                   "health": "santé", "military": "armée"}
