"""The register: a lasting store of organizations, people, roles, activities and their sources."""
