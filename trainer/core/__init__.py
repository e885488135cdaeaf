"""The functional core: deck loading, question generation, scheduling and grading, with no UI or I/O of its own."""
