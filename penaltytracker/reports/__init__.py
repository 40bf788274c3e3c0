"""Charts, PDF and CSV in and out: shared by the desktop app and the command line."""
