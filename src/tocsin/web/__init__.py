"""The web desk and REST API (``tocsin serve``)."""

from .app import create_app

__all__ = ["create_app"]
