"""Accounts: users with roles, argon2-hashed passwords, API tokens."""
