"""``python -m reports DIR``: the same as ``auditcrawl report DIR``."""
import sys

from reports.command import main

sys.exit(main())
