"""The functional core: decks, question generation, scheduling and grading, free of UI and I/O."""
