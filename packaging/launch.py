"""The offline bundle's program: the desktop app, as the `inspector-gui` script starts it."""

import sys

from inspector.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
