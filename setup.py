"""Packaging details pyproject.toml cannot express: the bundled decks ship inside the package."""

from setuptools import find_packages, setup

# decks/ sits at the top of the repository, where instructors expect it; in a wheel it
# becomes trainer/decks, which trainer.paths.bundled_decks_dir() finds.
setup(
    packages=[
        *find_packages(include=["trainer", "trainer.*"]),
        "trainer.decks",
        "trainer.decks.tutorial",
        "trainer.decks.voyage-of-the-beagle",
    ],
    package_dir={"trainer.decks": "decks"},
    package_data={
        "trainer": ["py.typed"],
        "trainer.tui": ["*.tcss"],
        "trainer.decks": ["*.yaml"],
        "trainer.decks.tutorial": ["*.yaml"],
        "trainer.decks.voyage-of-the-beagle": ["*.yaml"],
    },
)
