"""The learning engine: the one door to a collection, for the app, line mode and the CLI.

Everything the app and the command line see of a collection comes from here: the
`Engine` facade, `StudySession` for a sitting of study, and the records and errors they
hand out (re-exported from the store, so that neither ever imports `trainer.store`).
"""

from trainer.lazy_exports import lazy_exports

# The exports are listed once, in __init__.pyi, and each is imported when first used.
__getattr__, __dir__, __all__ = lazy_exports(__name__, __file__, globals())
