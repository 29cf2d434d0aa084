"""Reading sources and splitting them into news items."""

from reseau.ingest.readers import Source, read_source, read_text
from reseau.ingest.segment import Item, split_items

__all__ = ["Item", "Source", "read_source", "read_text", "split_items"]
