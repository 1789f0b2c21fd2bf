"""``python -m infusion_desk`` does what the ``infusion-desk`` command does."""

import sys

from infusion_desk.cli import main

sys.exit(main())
