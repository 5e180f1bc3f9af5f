"""Write the .pth file that puts this checkout's two package roots on the venv's sys.path (run by make install).

``pip install -e`` (setuptools' default editable mode) imports ``xache_ext`` and ``xache_api`` through a meta
path finder, which type checkers do not run: ``mypy --strict my_agent.py`` outside the checkout reported
import-not-found for both. Directories named in a ``.pth`` file of site-packages are what mypy and pyright
search, and treat as installed packages (their ``py.typed`` code is followed without reporting its errors).
"""

from __future__ import annotations

import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PTH_NAME = "xache_sdk_typing_paths.pth"


def main() -> None:
    target = Path(sysconfig.get_paths()["purelib"]) / PTH_NAME
    target.write_text(f"{ROOT}\n{ROOT / 'generated'}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
