"""Deck files: YAML read into a positioned tree, checked against the format, built into a Deck."""
