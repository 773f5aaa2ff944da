"""Read: per-document NLP (sentences, entity mentions) with the domain gazetteer."""

from .gazetteer import Gazetteer, load_gazetteer
from .read import read, read_many

__all__ = ["Gazetteer", "load_gazetteer", "read", "read_many"]
