"""``python -m unarchive`` is the ``unarchive`` command."""

import sys

from unarchive.cli import main

sys.exit(main())
