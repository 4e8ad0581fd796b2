"""Build hook: ship the top-level seeds/, themes/ and config.yaml inside the package.

The design card keeps them at the top of the repository; a plain (non-editable) install must
still find them from any working directory, so the build copies them to reader/_data.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).parent
SHIPPED = ("seeds", "themes", "config.yaml")


class BuildWithData(build_py):
    def run(self):
        super().run()
        target = Path(self.build_lib) / "reader" / "_data"
        for name in SHIPPED:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(source, target / name, dirs_exist_ok=True)
            elif source.is_file():
                target.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target / name)


setup(cmdclass={"build_py": BuildWithData})
