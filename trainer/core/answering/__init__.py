"""Answering: typed answers read, normalised and graded, and the differences shown."""
