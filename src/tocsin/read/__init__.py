"""Read: per-document NLP (sentences, entity mentions) with the domain gazetteer."""

from .gazetteer import Gazetteer, load_gazetteer
from .read import prepare, read, read_many

__all__ = ["Gazetteer", "load_gazetteer", "prepare", "read", "read_many"]
