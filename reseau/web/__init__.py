"""Server-rendered pages (Jinja2 + htmx), French first."""
