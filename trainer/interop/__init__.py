"""Interchange with other tools: Anki packages and text, Moodle GIFT and Aiken, Quizlet, CSV."""
