"""What the inspection window does, without Qt: the open inspection and its undoable edits, the
navigator, what each page shows, the new-inspection details, recent files and search.

The Qt layer (inspector.gui) only shows these values and turns clicks and keys into edits, so all
of this is tested without a window (tests/app/).
"""
