"""Packaging details pyproject.toml cannot express: the bundled decks and the docs ship inside
the package."""

from setuptools import find_packages, setup

# decks/ sits at the top of the repository, where instructors expect it; in a wheel it
# becomes trainer/decks, which trainer.paths.bundled_decks_dir() finds. docs/ likewise
# becomes trainer/docs (trainer.paths.bundled_docs_dir(), `trainer docs`), so that the
# docs the tutorial cards cite are there in an installed trainer.
setup(
    packages=[
        *find_packages(include=["trainer", "trainer.*"]),
        "trainer.decks",
        "trainer.decks.tutorial",
        "trainer.decks.voyage-of-the-beagle",
        "trainer.docs",
    ],
    package_dir={"trainer.decks": "decks", "trainer.docs": "docs"},
    package_data={
        "trainer": ["py.typed"],
        # The store's and the engine's exports: read at run time too (trainer.lazy_exports).
        "trainer.store": ["__init__.pyi"],
        "trainer.engine": ["__init__.pyi"],
        "trainer.tui": ["*.tcss"],
        "trainer.decks": ["*.yaml"],
        "trainer.decks.tutorial": ["*.yaml"],
        "trainer.decks.voyage-of-the-beagle": ["*.yaml"],
        "trainer.docs": ["*.md"],
    },
)
