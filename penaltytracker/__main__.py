import sys

from penaltytracker.cli import main

sys.exit(main())
