"""Benchmarks of trainer against Anki: synthetic decks, measurements and the results table."""
