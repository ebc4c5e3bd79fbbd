"""`python -m iepwizard`: the same as the `iepwizard` command."""

import sys

from iepwizard.cli import main

if __name__ == "__main__":
    sys.exit(main())
