"""The dashboard: server-rendered pages (Jinja2 templates) with hand-written JS charts, all offline."""
