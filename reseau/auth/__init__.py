"""Accounts and who is asking: ``account`` (roles), ``users`` (accounts), ``passwords`` (argon2,
strength), ``tokens`` (API tokens), ``sessions`` (sessions kept in the register), ``throttle``
(waits after wrong passwords), ``login`` (signing in and out, the security log)."""
