from __future__ import annotations

import sys

from enrol.cli import main

sys.exit(main())
