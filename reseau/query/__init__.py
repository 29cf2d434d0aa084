"""Answers from the register: profiles, activity lists, search, counts."""
