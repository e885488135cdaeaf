"""The shell's error base: anything the learner can cause and fix, shown as one clear line."""


class TrainerError(Exception):
    """A problem with the learner's files, settings or collection (not a bug in trainer).

    The command line prints its message and exits with status 1; the app shows it.
    """
