"""Réseau: the memory of an organization's network, read from its French bulletins."""

__version__ = "0.1.0"
