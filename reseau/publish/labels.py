"""French words for the kinds of records and activities, shared by the terminal and the pages."""

KIND_LABELS = {"meeting": "rencontre", "event": "événement", "hire": "embauche", "publication": "publication",
               "mission": "mission", "visit": "visite de délégation", "organization": "organisation",
               "person": "personne", "activity": "activité", "document": "document"}
