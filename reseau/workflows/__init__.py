"""The one chain the CLI, the API and the pages call: read → extract → resolve → (a draft a
person reviews) → write.

- :func:`ingest_paths`: files written without review (``reseau ingest``);
- :func:`start_import`, :func:`open_import`, :func:`accept_import`, :func:`drop_import`: a
  bulletin kept as a draft in the register until a person accepts it, with their
  :class:`Choices`.
"""

from reseau.workflows.choices import ActivityEdit, Choices
from reseau.workflows.imports import Draft, accept_import, drop_import, open_import, start_import
from reseau.workflows.ingest import IngestReport, ingest_paths

__all__ = ["ActivityEdit", "Choices", "Draft", "IngestReport", "accept_import", "drop_import", "ingest_paths",
           "open_import", "start_import"]
