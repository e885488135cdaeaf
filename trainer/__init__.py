"""trainer: a terminal quiz and spaced-repetition trainer for people who revise from texts."""

__version__ = "0.1.0"
