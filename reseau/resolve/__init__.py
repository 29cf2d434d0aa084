"""Deciding which mentions name the same organization or person."""
