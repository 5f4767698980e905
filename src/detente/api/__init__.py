"""The HTTP door: a FastAPI app serving the JSON API and the dashboard (`detente serve`)."""

from .app import create_app

__all__ = ["create_app"]
