"""The desktop bundle's entry point (see infusion-desk.spec): the ``infusion-desk`` command itself.

Kept outside the package so PyInstaller does not put ``infusion_desk/`` itself on the import path.
"""

import sys

from infusion_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
