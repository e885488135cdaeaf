"""The Textual app: review, quiz, statistics and browse screens over the learning engine."""
